package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSink;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.io.SafeOutputFile;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one way restored audio becomes a file, for the command line and the desktop: the peak (unless
 * the restore pass already knows it), the gain the {@link GainPolicy} asks for, then the encoding
 * with that gain, counting the samples an integer format had to clip. {@link #export} also writes
 * beside its destination under a temporary name (a {@link SafeOutputFile}) and moves the file into
 * place only when complete, so a failure or a cancel leaves nothing behind and never touches an
 * existing file; the refusals and failure messages are {@link OutputTarget}'s.
 */
public final class AudioExporter {
  static final int BLOCK_FRAMES = 1 << 15;

  /**
   * @throws AudioFileException when the destination is the source, cannot hold the audio, or cannot
   *     be written (the message names the file)
   * @throws dev.declip.progress.OperationCancelledException when cancelled; nothing is left behind
   */
  public ExportResult export(
      ExportRequest request, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    long started = System.nanoTime();
    SampleStore audio = request.audio();
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
      float peak = peakOf(audio, progress, cancellation);
      float gain = gainFor(request.gain(), peak, format.encoding());
      long clipped = encode(audio, target.temporary(), format, gain, progress, cancellation);
      target.commit();
      return new ExportResult(
          target.destination(),
          format,
          20 * Math.log10(gain),
          peak,
          clipped,
          Duration.ofNanos(Math.round(audio.frames() * 1e9 / audio.sampleRate())),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      // No replace hint: the save dialog has already asked whether to replace.
      throw OutputTarget.explainWriteFailure(destination, e, "");
    }
  }

  /** The linear gain {@code policy} asks for at this peak, as the encoder applies it (a float). */
  public static float gainFor(GainPolicy policy, float peak, SampleEncoding encoding) {
    return (float) policy.linearGain(peak, OutputTarget.ceiling(encoding));
  }

  /** The largest magnitude in the audio, read block by block. */
  public static float peakOf(
      SampleStore audio, ProgressListener progress, Cancellation cancellation) {
    float[] block = new float[BLOCK_FRAMES];
    float peak = 0;
    long frames = audio.frames();
    for (long at = 0; at < frames; at += BLOCK_FRAMES) {
      cancellation.throwIfCancelled();
      int n = (int) Math.min(BLOCK_FRAMES, frames - at);
      for (int c = 0; c < audio.channels(); c++) {
        audio.read(c, at, block, 0, n);
        for (int i = 0; i < n; i++) {
          peak = Math.max(peak, Math.abs(block[i]));
        }
      }
      progress.progress("measuring peak", at + n, frames);
    }
    return peak;
  }

  /**
   * Encodes the audio into {@code file} with the gain applied.
   *
   * @return the samples the integer format had to clip
   */
  public static long encode(
      SampleStore audio,
      Path file,
      OutputFormat format,
      float gain,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    int channels = audio.channels();
    long frames = audio.frames();
    float[][] buffer = new float[channels][BLOCK_FRAMES];
    ClipCounter clips = new ClipCounter(format.encoding());
    try (AudioSink sink = AudioFiles.create(file, format, audio.sampleRate(), channels)) {
      for (long at = 0; at < frames; at += BLOCK_FRAMES) {
        cancellation.throwIfCancelled();
        int n = (int) Math.min(BLOCK_FRAMES, frames - at);
        for (int c = 0; c < channels; c++) {
          audio.read(c, at, buffer[c], 0, n);
          if (gain != 1f) {
            for (int i = 0; i < n; i++) {
              buffer[c][i] *= gain;
            }
          }
          clips.count(buffer[c], n);
        }
        sink.write(buffer, n);
        progress.progress("encoding", at + n, frames);
      }
    }
    return clips.total();
  }
}
