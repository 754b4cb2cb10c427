package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClippingReport;
import dev.declip.io.SafeOutputFile;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.samples.DecodedAudio;
import dev.declip.samples.DiskSampleStore;
import dev.declip.samples.SampleBlockConsumer;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Restores one file into another: the command line's way through the pipeline the desktop also
 * takes. The input is opened and decoded once, into a sample store in the temporary folder; the
 * clipping analysis and the restoration read that store; the restoration writes the restored blocks
 * into a {@link RestoredStore} layered over it, which keeps its levels on the way, so the encoder
 * knows the gain before its first sample. {@link RestoreSettings#span()} restores part of the file;
 * the rest is passed through as decoded. The output is written beside its destination and moved
 * into place only when complete.
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
    try (AudioSource source = AudioFiles.open(input)) {
      // Everything about the output that the header tells is checked before the long passes.
      OutputFormat format = OutputTarget.formatFor(output, settings.encoding(), source.info());
      return restore(source, input, output, format, started, progress, cancellation);
    }
  }

  private RestoreResult restore(
      AudioSource source,
      Path input,
      Path output,
      OutputFormat format,
      long started,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    try (SafeOutputFile target = reserve(output);
        DecodedAudio decoded =
            DiskSampleStore.decode(source, SampleBlockConsumer.NONE, progress, cancellation)) {
      Duration decode = since(started);
      AudioInfo info = decoded.info();
      SampleStore samples = decoded.samples();
      long detectStart = System.nanoTime();
      ClippingReport clipping =
          ClippingScan.run(samples, info, settings.levels(), progress, cancellation).report();
      Duration detect = since(detectStart);
      InputChecks.requireRestorable(input, clipping);

      try (RestoredStore restored =
          new RestoredStore(samples, decoded.peaks(), clipping.levels())) {
        long restoreStart = System.nanoTime();
        new StoreRestoration(algorithm, clipping.levels(), settings.tau(), settings.consistent())
            .run(samples, restored, settings.span().frames(input, info), progress, cancellation);
        Duration inference = since(restoreStart);
        RestoredLevels levels = restored.levels();
        GainPlan plan = planFor(levels, format.encoding(), output);
        long encodeStart = System.nanoTime();
        AudioExporter.Encoded encoded =
            AudioExporter.encode(
                restored, target.temporary(), format, plan, progress, cancellation);
        target.commit();
        Duration encode = since(encodeStart);
        List<String> warnings = new ArrayList<>(InputChecks.warnings(clipping));
        if (plan.gain() < 1f) {
          warnings.add(
              String.format(
                  Locale.ROOT,
                  "gain reduced by %.2f dB so the true peak is %.2f dBTP (%s)",
                  -plan.gainDb(),
                  20 * Math.log10(plan.truePeakAfter()),
                  format.encoding().label()));
        }
        if (encoded.limitedFrames() > 0) {
          warnings.add(
              String.format(
                  Locale.ROOT,
                  "the limiter lowered %,d frames around restored peaks to %.2f dBTP",
                  encoded.limitedFrames(),
                  20 * Math.log10(plan.ceiling())));
        }
        return new RestoreResult(
            input,
            target.destination(),
            info,
            clipping,
            algorithm.name(),
            format.encoding(),
            levels.samplePeak(),
            plan.gainDb(),
            levels.samplesModified(),
            new StageTimes(decode, detect, inference, encode, since(started)),
            List.copyOf(warnings));
      }
    } catch (IOException e) {
      // Decoding errors (AudioFileException) pass through as they are.
      throw OutputTarget.explainWriteFailure(output, e);
    }
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }

  private SafeOutputFile reserve(Path output) throws IOException {
    try {
      return SafeOutputFile.beside(output, settings.overwrite());
    } catch (IOException e) {
      throw OutputTarget.explainWriteFailure(output, e);
    }
  }

  /** What the gain policy does to these levels, refusing a plan that would clip the output. */
  private GainPlan planFor(RestoredLevels levels, SampleEncoding encoding, Path output)
      throws AudioFileException {
    GainPlan plan = settings.gain().plan(levels, encoding);
    // Full scale itself is no clipping worth refusing: -1.0 fits, +1.0 loses one step.
    if (!encoding.canExceedFullScale() && plan.samplePeakAfter() > 1.0) {
      float peak = levels.samplePeak();
      float gain = plan.gain();
      throw new AudioFileException(
          String.format(
              Locale.ROOT,
              "%s: restored peaks reach %+.2f dBFS; at %+.2f dB gain %s output would clip"
                  + " (use automatic gain or 32-bit float)",
              output.getFileName(),
              20 * Math.log10(peak),
              20 * Math.log10(gain),
              encoding.label()));
    }
    return plan;
  }
}
