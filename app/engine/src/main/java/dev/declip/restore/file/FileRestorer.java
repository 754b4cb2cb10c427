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

  /** Above this share of clipped samples there is too little signal left to restore from. */
  static final double MAX_CLIPPED_PERCENT = 50.0;

  private final RestorationAlgorithm algorithm;
  private final RestoreSettings settings;

  public FileRestorer(RestorationAlgorithm algorithm, RestoreSettings settings) {
    this.algorithm = algorithm;
    this.settings = settings;
  }

  public RestoreResult restore(Path input, Path output, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    long started = System.nanoTime();
    OutputTarget.checkDistinct(input, output);
    StageClock decode = new StageClock();
    StageClock inference = new StageClock();
    StageClock encode = new StageClock();

    long detectStart = System.nanoTime();
    AudioInfo[] opened = new AudioInfo[1];
    ClippingReport clipping =
        new ClippingAnalysis()
            .analyse(
                () -> {
                  AudioSource source = new TimedSource(AudioFiles.open(input), decode);
                  opened[0] = source.info();
                  return source;
                },
                settings.levels(),
                progress,
                cancellation);
    Duration detect = Duration.ofNanos(System.nanoTime() - detectStart).minus(decode.elapsed());
    InputChecks.requireRestorable(input, clipping);

    AudioInfo info = opened[0];
    SampleEncoding encoding = settings.encoding().orElse(OutputTarget.encodingFor(info));
    OutputFormat format = OutputTarget.formatFor(output, encoding);
    List<String> warnings = new ArrayList<>();

    try (SafeOutputFile target = SafeOutputFile.beside(output, settings.overwrite());
        FloatSpool spool = new FloatSpool(target.temporary().getParent(), info.channels())) {
      BlockwiseRestoration.Outcome outcome;
      try (AudioSource source = new TimedSource(AudioFiles.open(input), decode)) {
        BlockwiseRestoration pass =
            new BlockwiseRestoration(
                algorithm, clipping.levels(), info.sampleRate(), settings.tau(), settings.consistent());
        outcome = pass.run(source, spool, info.frames(), progress, cancellation, inference);
      }
      double ceiling = OutputTarget.ceiling(encoding);
      double gain = settings.gain().linearGain(outcome.peak(), ceiling);
      if (outcome.peak() * gain > ceiling) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: restored peaks reach %+.2f dBFS; at %+.2f dB gain %s output would clip"
                    + " (use automatic gain or 32-bit float)",
                output.getFileName(), 20 * Math.log10(outcome.peak()), 20 * Math.log10(gain), encoding));
      }
      if (gain < 1.0) {
        warnings.add(GainPolicy.describeReduction(gain, encoding));
      }
      encode.start();
      writeSpool(spool, target.temporary(), format, info, (float) gain, progress, cancellation);
      target.commit();
      encode.stop();
      Duration total = Duration.ofNanos(System.nanoTime() - started);
      StageTimes times = new StageTimes(decode.elapsed(), detect, inference.elapsed(), encode.elapsed(), total);
      return new RestoreResult(
          input,
          target.destination(),
          info,
          clipping,
          algorithm.name(),
          encoding,
          outcome.peak(),
          20 * Math.log10(gain),
          outcome.samplesChanged(),
          times,
          List.copyOf(warnings));
    } catch (IOException e) {
      throw OutputTarget.explainWriteFailure(output, e);
    }
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
