package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSink;
import dev.declip.audio.OutputFormat;
import dev.declip.io.SafeOutputFile;
import dev.declip.levels.LookAheadLimiter;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one way restored audio becomes a file, for the command line and the desktop: the {@link
 * GainPolicy}'s plan from the levels the restore kept (no pass to find the peak), then one encoding
 * pass with that gain and, if asked, the limiter, counting the samples an integer format had to
 * clip. {@link #export} also writes beside its destination under a temporary name (a {@link
 * SafeOutputFile}) and moves the file into place only when complete, so a failure or a cancel
 * leaves nothing behind and never touches an existing file; the refusals and failure messages are
 * {@link OutputTarget}'s.
 */
public final class AudioExporter {
  static final int BLOCK_FRAMES = 1 << 15;

  /**
   * What the encoding pass did.
   *
   * @param clippedSamples samples the integer format could not hold
   * @param limitedFrames frames the limiter lowered
   */
  public record Encoded(long clippedSamples, long limitedFrames) {}

  /**
   * @throws AudioFileException when the destination is the source, cannot hold the audio, or cannot
   *     be written (the message names the file)
   * @throws dev.declip.progress.OperationCancelledException when cancelled; nothing is left behind
   */
  public ExportResult export(
      ExportRequest request, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    long started = System.nanoTime();
    RestoredStore audio = request.audio();
    Path destination = request.destination();
    OutputFormat format = request.format();
    if (request.source() != null) {
      OutputTarget.checkDistinct(request.source(), destination);
    }
    if (audio.frames() > format.maxFrames(audio.channels())) {
      throw new AudioFileException(
          destination.getFileName() + ": too long for a WAV file (over 4 GB); export FLAC instead");
    }
    try (SafeOutputFile target = SafeOutputFile.beside(destination, request.replaceExisting())) {
      RestoredLevels levels = audio.levels();
      GainPlan plan = request.gain().plan(levels, format.encoding());
      Encoded encoded = encode(audio, target.temporary(), format, plan, progress, cancellation);
      target.commit();
      return new ExportResult(
          target.destination(),
          format,
          plan,
          levels.samplePeak(),
          encoded,
          Duration.ofNanos(Math.round(audio.frames() * 1e9 / audio.sampleRate())),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      // No replace hint: the save dialog has already asked whether to replace.
      throw OutputTarget.explainWriteFailure(destination, e, "");
    }
  }

  /** Encodes the audio into {@code file} as the plan says: its gain, and its limiter if any. */
  public static Encoded encode(
      RestoredStore audio,
      Path file,
      OutputFormat format,
      GainPlan plan,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    int channels = audio.channels();
    long frames = audio.frames();
    float[][] buffer = new float[channels][BLOCK_FRAMES];
    ClipCounter clips = new ClipCounter(format.encoding());
    float gain = plan.gain();
    LimiterPass limiter =
        plan.limits()
            ? new LimiterPass(audio, LookAheadLimiter.at(plan.ceiling(), audio.sampleRate()))
            : null;
    float[] envelope = new float[BLOCK_FRAMES];
    long limited = 0;
    try (AudioSink sink = AudioFiles.create(file, format, audio.sampleRate(), channels)) {
      for (long at = 0; at < frames; at += BLOCK_FRAMES) {
        cancellation.throwIfCancelled();
        int n = (int) Math.min(BLOCK_FRAMES, frames - at);
        boolean limiting = limiter != null && limiter.envelope(at, n, gain, envelope);
        for (int c = 0; c < channels; c++) {
          audio.read(c, at, buffer[c], 0, n);
          if (limiting) {
            for (int i = 0; i < n; i++) {
              buffer[c][i] *= gain * envelope[i];
            }
          } else if (gain != 1f) {
            for (int i = 0; i < n; i++) {
              buffer[c][i] *= gain;
            }
          }
          clips.count(buffer[c], n);
        }
        if (limiting) {
          for (int i = 0; i < n; i++) {
            limited += envelope[i] < 1f ? 1 : 0;
          }
        }
        sink.write(buffer, n);
        progress.progress("encoding", at + n, frames);
      }
    }
    return new Encoded(clips.total(), limited);
  }

  /** Reads the neighbourhood of each block the limiter must see, where a restore changed any. */
  private static final class LimiterPass {
    private final RestoredStore audio;
    private final LookAheadLimiter limiter;

    LimiterPass(RestoredStore audio, LookAheadLimiter limiter) {
      this.audio = audio;
      this.limiter = limiter;
    }

    /** Fills the envelope of {@code [at, at + n)}; false when nothing near it was restored. */
    boolean envelope(long at, int n, float gain, float[] envelope) {
      long from = at - limiter.reachBefore();
      long to = at + n + limiter.reachAfter();
      if (!audio.anyRestored(from, to)) {
        return false;
      }
      int length = (int) (to - from);
      float[][] x = new float[audio.channels()][length];
      boolean[][] restored = new boolean[audio.channels()][length];
      float[] recorded = new float[length];
      long readFrom = Math.max(0, from);
      long readTo = Math.min(audio.frames(), to);
      int offset = (int) (readFrom - from);
      int count = (int) (readTo - readFrom);
      for (int c = 0; c < audio.channels(); c++) {
        audio.read(c, readFrom, x[c], offset, count);
        audio.readOriginal(c, readFrom, recorded, offset, count);
        for (int i = offset; i < offset + count; i++) {
          restored[c][i] = Float.floatToRawIntBits(x[c][i]) != Float.floatToRawIntBits(recorded[i]);
        }
      }
      int start = (int) (at - from);
      limiter.envelope(x, restored, start, start + n, gain, envelope);
      return true;
    }
  }
}
