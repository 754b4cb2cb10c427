package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioInfo;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The part of a recording to restore, in seconds; the rest is written as decoded.
 *
 * @param fromSeconds where restoring starts, 0 or more
 * @param toSeconds where it ends ({@code Double.POSITIVE_INFINITY}: the end of the file)
 */
public record TimeSpan(double fromSeconds, double toSeconds) {

  public static final TimeSpan WHOLE = new TimeSpan(0, Double.POSITIVE_INFINITY);

  public TimeSpan {
    if (!(fromSeconds >= 0) || Double.isInfinite(fromSeconds) || !(toSeconds > fromSeconds)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the range must start at 0 s or later and end after it starts (%s to %s)",
              fromSeconds,
              toSeconds));
    }
  }

  public boolean whole() {
    return equals(WHOLE);
  }

  /**
   * The frames of a file this span covers, cut at the file's end.
   *
   * @throws AudioFileException when the span starts at or after the end of the file
   */
  public FrameRange frames(Path file, AudioInfo info) throws AudioFileException {
    long from = Math.round(fromSeconds * info.sampleRate());
    if (from >= info.frames()) {
      throw new AudioFileException(
          String.format(
              Locale.ROOT,
              "%s: the range starts at %.3f s, after the end of the recording (%.3f s)",
              file.getFileName(),
              fromSeconds,
              info.frames() / (double) info.sampleRate()));
    }
    long to =
        Double.isInfinite(toSeconds)
            ? info.frames()
            : Math.min(info.frames(), Math.round(toSeconds * info.sampleRate()));
    return new FrameRange(from, Math.max(from + 1, to));
  }
}
