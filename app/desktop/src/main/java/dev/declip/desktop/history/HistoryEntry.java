package dev.declip.desktop.history;

import dev.declip.clipping.ClipLevels;
import dev.declip.desktop.restore.RestoreOutcome;
import dev.declip.desktop.restore.RestoreRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One restore in the history: what was asked (algorithm, model, settings, range), with which clip
 * levels, and what came out. Its restored audio is a layer of a {@link
 * dev.declip.restore.file.RestoredStore} on disk over the entry it was made on ({@code basedOn}),
 * so an entry holds only the blocks its own range touched.
 *
 * @param number 1 for the first restore of the open file, counting up
 * @param basedOn the entry this restore was laid over, or null for the recording as opened
 */
public record HistoryEntry(
    int number,
    HistoryEntry basedOn,
    RestoreRequest request,
    List<Optional<ClipLevels>> levels,
    int sampleRate,
    RestoreOutcome outcome) {

  public HistoryEntry {
    levels = List.copyOf(levels);
  }

  public Duration took() {
    return outcome.took();
  }

  public long samplesChanged() {
    return outcome.stats().samplesModified();
  }

  /** The restored recording's peak in dBFS. */
  public double peakDbfs() {
    return ClipLevels.toDbfs(outcome.stats().restoredPeak());
  }

  /** "#2 a-spade" */
  public String name() {
    return "#" + number + " " + outcome.algorithm();
  }

  /** One line for the history list: name, range, time taken, samples changed and peak. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%s · %s · %.1f s · %,d changed · peak %.2f dBFS",
        name(),
        rangeText(),
        took().toMillis() / 1000.0,
        samplesChanged(),
        peakDbfs());
  }

  private String rangeText() {
    var range = request.range();
    if (range.start() == 0 && range.end() == outcome.restored().frames()) {
      return "whole file";
    }
    return String.format(
        Locale.ROOT,
        "%.3f–%.3f s",
        range.start() / (double) sampleRate,
        range.end() / (double) sampleRate);
  }

  @Override
  public String toString() {
    return summary();
  }
}
