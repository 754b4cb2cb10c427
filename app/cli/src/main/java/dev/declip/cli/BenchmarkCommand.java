package dev.declip.cli;

import dev.declip.audio.SampleEncoding;
import dev.declip.bundle.BundledFiles;
import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.choice.RestorationAlgorithms;
import dev.declip.restore.file.FileRestorer;
import dev.declip.restore.file.RestoreResult;
import dev.declip.restore.file.RestoreSettings;
import dev.declip.restore.file.StageTimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the real-time factor (seconds of compute per second of audio) of a whole restore"
          + " and of each stage, for the network and for cubic interpolation run in the same"
          + " process as the reference."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip benchmark",
      "  declip benchmark --input long-take.wav --model my.onnx --threads 2"
    })
final class BenchmarkCommand extends ConsoleCommand {

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "A clipped recording. Default: the bundled demo recording looped to --seconds.")
  Path input;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "Length of the default input. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "MODEL.onnx",
      description =
          "The model to time. Default: the bundled model, else a UNet of the default architecture"
              + " with untrained weights (its speed is that of a trained one; its output is not).")
  Path model;

  @Option(names = "--threads", description = "Inference threads. Default: the number of cores.")
  Integer threads;

  @Option(
      names = "--repeat",
      defaultValue = "2",
      description = "Runs per algorithm; the fastest counts. Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    Path work = Files.createTempDirectory("declip-bench");
    try {
      Path recording = input != null ? input : BenchmarkInput.loopedDemo(work, seconds);
      Path modelFile = model != null ? model : BundledFiles.defaultModel().orElse(null);
      String modelLabel = "neural";
      if (modelFile == null) {
        modelFile = BenchmarkInput.untrainedDefaultModel(work);
        modelLabel = "neural (untrained weights)";
      }
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      InferenceOptions options = new InferenceOptions(DeviceChoice.CPU, n);
      RestoreResult cubic =
          fastest(AlgorithmChoice.CUBIC, null, options, recording, work, cancellation);
      RestoreResult neural =
          fastest(AlgorithmChoice.NEURAL, modelFile, options, recording, work, cancellation);
      double audio = cubic.info().durationSeconds();
      out()
          .printf(
              Locale.ROOT,
              "Input: %s, %.1f s, %d ch, %d Hz; %d inference threads; fastest of %d runs%n",
              recording.getFileName(),
              audio,
              cubic.info().channels(),
              cubic.info().sampleRate(),
              n,
              repeat);
      out()
          .printf(
              Locale.ROOT,
              "%-28s %9s %9s %9s %9s %9s %12s%n",
              "algorithm",
              "total RTF",
              "decode",
              "detect",
              "inference",
              "encode",
              "vs cubic");
      row("cubic (reference)", cubic, audio, cubic);
      row(modelLabel, neural, audio, cubic);
      out()
          .println(
              "RTF = seconds of compute per second of audio (below 1 is faster than real time).");
      return ExitCode.OK;
    } finally {
      BenchmarkInput.deleteRecursively(work);
    }
  }

  private RestoreResult fastest(
      AlgorithmChoice choice,
      Path modelFile,
      InferenceOptions options,
      Path recording,
      Path work,
      Cancellation cancellation)
      throws IOException {
    RestoreResult best = null;
    try (OpenedAlgorithm opened =
        RestorationAlgorithms.open(Optional.of(choice), Optional.ofNullable(modelFile), options)) {
      FileRestorer restorer =
          new FileRestorer(
              opened.algorithm(),
              RestoreSettings.defaults().withEncoding(SampleEncoding.FLOAT_32).withOverwrite(true));
      for (int i = 0; i < Math.max(1, repeat); i++) {
        try (TerminalProgress bar = progressBar(choice.name().toLowerCase())) {
          RestoreResult result =
              restorer.restore(recording, work.resolve("restored.wav"), bar, cancellation);
          if (best == null || result.times().total().compareTo(best.times().total()) < 0) {
            best = result;
          }
        }
      }
    }
    return best;
  }

  private void row(String label, RestoreResult r, double audio, RestoreResult reference) {
    StageTimes t = r.times();
    out()
        .printf(
            Locale.ROOT,
            "%-28s %9.4f %9.4f %9.4f %9.4f %9.4f %11.1fx%n",
            label,
            StageTimes.realTimeFactor(t.total(), audio),
            StageTimes.realTimeFactor(t.decode(), audio),
            StageTimes.realTimeFactor(t.detect(), audio),
            StageTimes.realTimeFactor(t.inference(), audio),
            StageTimes.realTimeFactor(t.encode(), audio),
            t.total().toNanos() / (double) reference.times().total().toNanos());
  }
}
