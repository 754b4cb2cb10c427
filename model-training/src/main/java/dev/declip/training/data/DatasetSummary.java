package dev.declip.training.data;

import java.util.List;
import java.util.Locale;

/**
 * What a dataset holds, for the model's metadata and the command line.
 *
 * @param filesUsed files that gave at least one window
 * @param skipped one line per file left out, naming it and saying why (unreadable, no clipping)
 * @param seconds duration of the files used
 * @param trainWindows windows for training
 * @param validationWindows windows held out
 * @param validationFiles the files the held-out windows come from
 * @param clippedFraction the share of clipped samples (mask 0) in all windows
 * @param lowestLevel the lowest clip level of the files used, linear, full scale = 1
 * @param highestLevel the highest finite clip level of the files used
 * @param sampleRate the model's rate the windows are at
 * @param windowLength samples per window
 */
public record DatasetSummary(
    int filesUsed,
    List<String> skipped,
    double seconds,
    int trainWindows,
    int validationWindows,
    List<String> validationFiles,
    double clippedFraction,
    float lowestLevel,
    float highestLevel,
    int sampleRate,
    int windowLength) {

  public DatasetSummary {
    skipped = List.copyOf(skipped);
    validationFiles = List.copyOf(validationFiles);
  }

  /** One line, e.g. for stderr before training starts. */
  public String toText() {
    String levels =
        Float.isNaN(lowestLevel)
            ? "levels drawn per crop"
            : String.format(Locale.ROOT, "levels %.3f to %.3f", lowestLevel, highestLevel);
    return String.format(
        Locale.ROOT,
        "%d files (%.1f s), %d skipped; %d training and %d validation windows of %d samples at %d"
            + " Hz; %.2f %% clipped; %s",
        filesUsed,
        seconds,
        skipped.size(),
        trainWindows,
        validationWindows,
        windowLength,
        sampleRate,
        100 * clippedFraction,
        levels);
  }
}
