package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSink;
import dev.declip.audio.AudioSource;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClippingAnalysis;
import dev.declip.clipping.ClippingReport;
import dev.declip.io.SafeOutputFile;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Restores one file into another, streaming: detect the clip levels (two decoding passes), restore
 * block by block into a spool on disk, then encode with the gain the restored peak calls for. The
 * output is written beside its destination and moved into place only when complete.
 */
public final class FileRestorer {

  private final RestorationAlgorithm algorithm;
  private final RestoreSettings settings;

  public FileRestorer(RestorationAlgorithm algorithm, RestoreSettings settings) {
    this.algorithm = algorithm;
    this.settings = settings;
  }

  public RestoreResult restore(
      Path input, Path output, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    long started = System.nanoTime();
    OutputTarget.checkDistinct(input, output);
    AudioInfo info;
    try (AudioSource source = AudioFiles.open(input)) {
      info = source.info();
    }
    // Everything about the output is checked before the long passes start.
    OutputFormat format = OutputTarget.formatFor(output, settings.encoding(), info);
    try (SafeOutputFile target = reserve(output)) {
      StageClock decode = new StageClock();
      StageClock inference = new StageClock();
      long detectStart = System.nanoTime();
      ClippingReport clipping =
          new ClippingAnalysis()
              .analyse(
                  () -> new TimedSource(AudioFiles.open(input), decode),
                  settings.levels(),
                  progress,
                  cancellation);
      Duration detect = Duration.ofNanos(System.nanoTime() - detectStart).minus(decode.elapsed());
      InputChecks.requireRestorable(input, clipping);

      try (FloatSpool spool = new FloatSpool(target.temporary().getParent(), info.channels())) {
        BlockwiseRestoration.Outcome outcome;
        try (AudioSource source = new TimedSource(AudioFiles.open(input), decode)) {
          BlockwiseRestoration pass =
              new BlockwiseRestoration(
                  algorithm,
                  clipping.levels(),
                  info.sampleRate(),
                  settings.tau(),
                  settings.consistent());
          outcome = pass.run(source, spool, info.frames(), progress, cancellation, inference);
        }
        double gain = gainFor(outcome.peak(), format.encoding(), output);
        long encodeStart = System.nanoTime();
        writeSpool(spool, target.temporary(), format, info, (float) gain, progress, cancellation);
        target.commit();
        Duration encode = Duration.ofNanos(System.nanoTime() - encodeStart);
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        List<String> warnings = new ArrayList<>(InputChecks.warnings(clipping));
        if (gain < 1.0) {
          warnings.add(GainPolicy.describeReduction(gain, format.encoding()));
        }
        return new RestoreResult(
            input,
            target.destination(),
            withFrames(info, outcome.frames()),
            clipping,
            algorithm.name(),
            format.encoding(),
            outcome.peak(),
            20 * Math.log10(gain),
            outcome.samplesChanged(),
            new StageTimes(decode.elapsed(), detect, inference.elapsed(), encode, total),
            List.copyOf(warnings));
      } catch (IOException e) {
        // Decoding errors (AudioFileException) pass through as they are.
        throw OutputTarget.explainWriteFailure(output, e);
      }
    }
  }

  /** The input's facts with its length as decoded, for containers whose header does not say. */
  private static AudioInfo withFrames(AudioInfo info, long frames) {
    return info.frames() >= 0
        ? info
        : new AudioInfo(
            info.container(),
            info.sampleRate(),
            info.channels(),
            info.bitsPerSample(),
            info.floatingPoint(),
            frames);
  }

  private SafeOutputFile reserve(Path output) throws IOException {
    try {
      return SafeOutputFile.beside(output, settings.overwrite());
    } catch (IOException e) {
      throw OutputTarget.explainWriteFailure(output, e);
    }
  }

  /** The gain the settings ask for, refusing one that would clip the output. */
  private double gainFor(float peak, SampleEncoding encoding, Path output)
      throws AudioFileException {
    double ceiling = OutputTarget.ceiling(encoding);
    double gain = settings.gain().linearGain(peak, ceiling);
    if (peak * gain > ceiling) {
      throw new AudioFileException(
          String.format(
              Locale.ROOT,
              "%s: restored peaks reach %+.2f dBFS; at %+.2f dB gain %s output would clip"
                  + " (use automatic gain or 32-bit float)",
              output.getFileName(),
              20 * Math.log10(peak),
              20 * Math.log10(gain),
              encoding));
    }
    return gain;
  }

  private static void writeSpool(
      FloatSpool spool,
      Path file,
      OutputFormat format,
      AudioInfo info,
      float gain,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    spool.rewind();
    int block = 1 << 15;
    float[][] buffer = new float[info.channels()][block];
    long done = 0;
    try (AudioSink sink = AudioFiles.create(file, format, info.sampleRate(), info.channels())) {
      int n;
      while ((n = spool.read(buffer, block)) > 0) {
        cancellation.throwIfCancelled();
        if (gain != 1f) {
          for (float[] channel : buffer) {
            for (int i = 0; i < n; i++) {
              channel[i] *= gain;
            }
          }
        }
        sink.write(buffer, n);
        done += n;
        progress.progress("encoding", done, spool.frames());
      }
    }
  }
}
