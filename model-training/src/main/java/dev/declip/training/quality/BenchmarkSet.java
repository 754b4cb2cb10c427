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

  /** Seconds of audio in the set. */
  public double seconds() {
    return segments.stream().mapToInt(TrainingWindow::length).sum() / (double) sampleRate;
  }
}
