package dev.declip.restore.file;

import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export and how.
 *
 * @param audio the restored audio, which knows its levels; the caller keeps it open and closes it
 * @param source the file the audio came from, which is never overwritten; null when there is none
 * @param destination the file to write
 * @param format container and sample encoding (WAV 16/24-bit or float, FLAC 16/24-bit)
 * @param gain the level policy: {@link GainPolicy#AUTOMATIC} lowers the gain just enough for the
 *     true peak to meet the ceiling in an integer format (float output keeps peaks above 0 dBFS as
 *     they are); a limiter or a fixed gain as the policy says
 * @param replaceExisting whether an existing destination (never the source) may be replaced
 */
public record ExportRequest(
    RestoredStore audio,
    Path source,
    Path destination,
    OutputFormat format,
    GainPolicy gain,
    boolean replaceExisting) {

  public ExportRequest {
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(gain, "gain");
  }

  /**
   * An export with the container named by the destination's extension, automatic gain, replacing an
   * existing destination (the save dialog has asked).
   */
  public static ExportRequest of(
      RestoredStore audio, Path source, Path destination, SampleEncoding encoding) {
    return new ExportRequest(
        audio,
        source,
        destination,
        OutputFormat.forPath(destination, encoding),
        GainPolicy.AUTOMATIC,
        true);
  }

  public ExportRequest withGain(GainPolicy value) {
    return new ExportRequest(audio, source, destination, format, value, replaceExisting);
  }

  public ExportRequest withReplaceExisting(boolean value) {
    return new ExportRequest(audio, source, destination, format, gain, value);
  }
}
