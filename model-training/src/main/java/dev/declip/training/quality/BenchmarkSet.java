package dev.declip.training.quality;

import dev.declip.training.data.TrainingWindow;
import java.util.List;

/**
 * One test set: segments with their clean signal, in units of the clip level, at one rate.
 *
 * @param title what the set is, for the table's heading
 */
public record BenchmarkSet(String title, int sampleRate, List<TrainingWindow> segments) {

  public BenchmarkSet {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException(title + ": no segment holds a clipped sample");
    }
  }

  /**
   * At most {@code count} segments, evenly spaced over the set (all when 0 or more than it has).
   */
  public BenchmarkSet spread(int count) {
    if (count <= 0 || count >= segments.size()) {
      return this;
    }
    List<TrainingWindow> kept = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      kept.add(segments.get((int) ((long) i * segments.size() / count)));
    }
    return new BenchmarkSet(
        title + ", " + count + " segments spread over the set", sampleRate, kept);
  }

  /** Seconds of audio in the set. */
  public double seconds() {
    return segments.stream().mapToInt(TrainingWindow::length).sum() / (double) sampleRate;
  }
}
