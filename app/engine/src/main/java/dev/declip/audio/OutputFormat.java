package dev.declip.audio;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file format the engine can write: WAV with 16 or 24-bit integers or 32-bit float, or FLAC with
 * 16 or 24-bit integers.
 */
public record OutputFormat(Container container, SampleEncoding encoding) {

  public OutputFormat {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(encoding, "encoding");
    if (!container.writable()) {
      throw new IllegalArgumentException(container + " files cannot be written, only WAV and FLAC");
    }
    if (container == Container.FLAC && encoding.floatingPoint()) {
      throw new IllegalArgumentException("FLAC stores integers only: choose PCM_16 or PCM_24");
    }
  }

  /**
   * The most frames a file of this format can hold with {@code channels} channels: WAV stops at its
   * 4 GB RIFF limit (less the largest header we write), FLAC has no practical limit.
   */
  public long maxFrames(int channels) {
    if (container != Container.WAV) {
      return Long.MAX_VALUE;
    }
    return (WavSink.RIFF_LIMIT - 128) / ((long) channels * (encoding.bits() / 8));
  }

  /** The format whose container the path's extension names (".wav", ".flac"). */
  public static OutputFormat forPath(Path path, SampleEncoding encoding) {
    Container container =
        Container.fromPath(path)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        path.getFileName() + ": no known audio extension, use .wav or .flac"));
    return new OutputFormat(container, encoding);
  }
}
