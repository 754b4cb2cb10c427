package dev.declip.restore.file;

import dev.declip.audio.OutputFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * A finished export.
 *
 * @param file the file written
 * @param format what it holds
 * @param plan the gain applied and the peaks it led to
 * @param peak the largest magnitude of the audio before the gain, in full scale (may exceed 1)
 * @param encoded what the encoding pass clipped and limited
 * @param duration the length of the audio written
 * @param elapsed how long the export took
 */
public record ExportResult(
    Path file,
    OutputFormat format,
    GainPlan plan,
    float peak,
    AudioExporter.Encoded encoded,
    Duration duration,
    Duration elapsed) {

  /** The gain applied, in dB (negative when the level was lowered). */
  public double gainDb() {
    return plan.gainDb();
  }

  public boolean gainReduced() {
    return gainDb() < 0;
  }

  /** Samples that did not fit the integer format and were clipped (0 with automatic gain). */
  public long clippedSamples() {
    return encoded.clippedSamples();
  }

  /**
   * One line for the user, e.g. "song.flac written; gain reduced by 3.52 dB so the true peak is
   * −0.30 dBTP".
   */
  public String summary() {
    StringBuilder s = new StringBuilder(file.getFileName() + " written");
    double gainDb = gainDb();
    if (Math.abs(gainDb) >= 0.005) {
      s.append(
          String.format(
              Locale.ROOT,
              gainDb < 0 ? "; gain reduced by %.2f dB" : "; gain raised by %.2f dB",
              Math.abs(gainDb)));
    }
    if (encoded.limitedFrames() > 0) {
      s.append(
          String.format(Locale.ROOT, "; the limiter lowered %,d frames", encoded.limitedFrames()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "; true peak %.2f dBTP (%s)",
            20 * Math.log10(plan.truePeakAfter()),
            format.encoding().label()));
    if (encoded.clippedSamples() > 0) {
      s.append("; ").append(encoded.clippedSamples()).append(" samples clipped");
    }
    return s.toString();
  }
}
