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
 * @param gainDb the gain applied, in dB (negative when the peak was brought down to fit)
 * @param peak the largest magnitude of the audio before the gain, in full scale (may exceed 1)
 * @param clippedSamples samples that did not fit the integer format and were clipped (0 with
 *     automatic gain or float output)
 * @param duration the length of the audio written
 * @param elapsed how long the export took
 */
public record ExportResult(
    Path file,
    OutputFormat format,
    double gainDb,
    float peak,
    long clippedSamples,
    Duration duration,
    Duration elapsed) {

  public boolean gainReduced() {
    return gainDb < 0;
  }

  /**
   * One line for the user, e.g. "song.flac written; gain reduced by 3.52 dB so peaks fit PCM_24".
   */
  public String summary() {
    StringBuilder s = new StringBuilder(file.getFileName() + " written");
    if (gainDb != 0) {
      s.append(
          String.format(
              Locale.ROOT,
              gainDb < 0 ? "; gain reduced by %.2f dB so peaks fit %s" : "; gain raised by %.2f dB",
              Math.abs(gainDb),
              format.encoding()));
    }
    if (clippedSamples > 0) {
      s.append("; ").append(clippedSamples).append(" samples clipped");
    }
    return s.toString();
  }
}
