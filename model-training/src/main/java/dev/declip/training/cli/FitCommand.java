package dev.declip.training.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.ModelContract;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.DataException;
import dev.declip.training.fit.EpochRecord;
import dev.declip.training.fit.FitOutcome;
import dev.declip.training.fit.FitRequest;
import dev.declip.training.fit.FitRun;
import dev.declip.training.fit.FitSettings;
import dev.declip.training.fit.LearningRateSchedule;
import dev.declip.training.loss.GainDistribution;
import dev.declip.training.loss.ObjectiveKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code declip-train fit}: trains a model and exports it to ONNX. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the bias-free UNet and exports it to ONNX.",
      "From clipped recordings alone (--data, the paper's MC + EI loss), or from clean audio "
          + "clipped on purpose (--clean with --clip-level or --input-sdr), which also allows "
          + "--loss supervised and reports the validation SDR.",
      "A checkpoint and a CSV log are written after every epoch to the run folder; Ctrl-C "
          + "keeps the last checkpoint, and --resume continues from it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train fit --data my-clipped-songs/ --epochs 2 -o my-model.onnx",
      "  declip-train fit --data my-clipped-songs/ -o my-model.onnx --resume",
      "  declip-train fit --data song.flac-folder/ --init assets/models/declip-default.onnx"
          + " --epochs 3 -o tuned.onnx",
      "  declip-train fit --clean music/ --clip-level 0.1 --loss supervised --sample-rate 22050"
          + " --window 22050 -o supervised.onnx"
    })
final class FitCommand extends ConsoleCommand {

  @Mixin DataSourceOptions source;

  @Option(
      names = "--validation-data",
      paramLabel = "DIR",
      description =
          "Held-out recordings to validate on, prepared like the training data (default: hold"
              + " out --validation of the training files).")
  Path validationData;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "MODEL.onnx",
      defaultValue = "declip-model.onnx",
      description = "The model to write. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description = "Checkpoint and log folder. Default: the output's name with .run.")
  Path runDir;

  @Option(
      names = "--resume",
      description = "Continue the run in the run folder from its checkpoint.")
  boolean resume;

  @Option(
      names = "--init",
      paramLabel = "MODEL.onnx",
      description =
          "Fine-tune this model (its architecture is kept; its rate and window unless given).")
  Path init;

  @Option(
      names = "--loss",
      defaultValue = "mc+ei",
      description =
          "mc+ei (the paper's), nmc+ei, mc, supervised (MSE, eq. 2) or supervised-sdr (the"
              + " negative SDR per window). Default: ${DEFAULT-VALUE}.")
  String loss;

  @Option(
      names = "--gains",
      defaultValue = "uniform:0.1,2",
      description = "Distribution of the EI gains g (eq. 12). Default: ${DEFAULT-VALUE}.")
  String gains;

  @Option(
      names = "--ei-weight",
      defaultValue = "1",
      description = "Weight of the EI term. Default: ${DEFAULT-VALUE}.")
  double eiWeight;

  @Option(names = "--ei-target", defaultValue = "detached", description = EiTarget.DESCRIPTION)
  String eiTarget;

  @Option(names = "--epochs", defaultValue = "10", description = "Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--batch-size", defaultValue = "8", description = "Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--lr",
      defaultValue = "1e-3",
      description = "Adam's learning rate. Default: ${DEFAULT-VALUE}.")
  float learningRate;

  @Option(
      names = "--schedule",
      defaultValue = "cosine",
      description = "constant or cosine. Default: ${DEFAULT-VALUE}.")
  LearningRateSchedule schedule;

  @Option(
      names = "--crop",
      paramLabel = "SAMPLES",
      defaultValue = "0",
      description = "Train on crops of this length around clipped runs (0: whole windows).")
  int crop;

  @Option(
      names = "--steps-per-epoch",
      defaultValue = "0",
      description = "Cap on steps per epoch (0: every window once).")
  int stepsPerEpoch;

  @Option(
      names = "--export-epoch",
      defaultValue = "last",
      description =
          "last, or best: the epoch with the lowest validation loss (early stopping without clean"
              + " audio; with mc+ei that loss does not always follow the SDR, see docs/training.md)."
              + " Default: ${DEFAULT-VALUE}.")
  String exportEpoch;

  @Option(names = "--seed", defaultValue = "0", description = "Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--validation",
      defaultValue = "0.1",
      description = "Share of files held out for validation. Default: ${DEFAULT-VALUE}.")
  double validation;

  @Option(
      names = "--tau",
      defaultValue = "0.95",
      description = "Eq. 16 threshold used when scoring validation. Default: ${DEFAULT-VALUE}.")
  double tau;

  @Option(
      names = "--sample-rate",
      description =
          "The model's rate (files are resampled). Default: 44100, or with --init the model's;"
              + " given with --init, it moves the model to this rate.")
  int sampleRate;

  @Option(
      names = "--window",
      description =
          "Window length in samples. Default: "
              + ModelContract.DEFAULT_WINDOW_LENGTH
              + ", or with --init the model's.")
  int window;

  @Mixin UNetShapeOptions shape;

  @Option(names = "--no-mask", description = "Do not feed the mask (the paper's ablation).")
  boolean noMask;

  @Mixin RuntimeOptionsMixin runtime;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException, DataException {
    try (TerminalProgress bar = progressBar("training")) {
      FitOutcome outcome = FitRun.run(request(), listener(bar, err()), cancellation);
      bar.close();
      report(outcome, out(), err());
      return outcome.model().isPresent() ? ExitCode.OK : ExitCode.CANCELLED;
    }
  }

  private FitRequest request() {
    FitSettings settings =
        new FitSettings(epochs, batchSize, learningRate, schedule, crop, seed, stepsPerEpoch, tau);
    return new FitRequest(
        source.source(false),
        Optional.ofNullable(validationData),
        output,
        runDir != null ? runDir : FitRequest.defaultRunDir(output),
        resume,
        Optional.ofNullable(init),
        shape.spec(!noMask),
        sampleRate,
        window,
        ObjectiveKind.parse(loss),
        GainDistribution.parse(gains),
        eiWeight,
        EiTarget.detached(eiTarget),
        settings,
        exportBest(),
        validation,
        runtime.runtime(seed),
        "declip-train " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
  }

  private boolean exportBest() {
    return switch (exportEpoch) {
      case "best" -> true;
      case "last" -> false;
      default ->
          throw new IllegalArgumentException(
              "--export-epoch is best or last, not '" + exportEpoch + "'");
    };
  }

  private static FitRun.Listener listener(TerminalProgress bar, PrintWriter err) {
    return new FitRun.Listener() {
      @Override
      public void message(String line) {
        err.println(line);
      }

      @Override
      public void step(int epoch, int step, int stepsPerEpoch, Map<String, Float> losses) {
        bar.detail(
            losses.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.4g", e.getKey(), e.getValue()))
                .collect(Collectors.joining("  ")));
        bar.progress("epoch " + epoch, step, stepsPerEpoch);
      }

      @Override
      public void epochFinished(EpochRecord record) {
        bar.close();
        err.println(EpochLine.of(record));
      }
    };
  }

  private static void report(FitOutcome outcome, PrintWriter out, PrintWriter err) {
    if (outcome.model().isEmpty()) {
      err.println(
          "declip-train: cancelled; the last whole epoch is kept in "
              + outcome.checkpoint()
              + " (continue with --resume)");
      return;
    }
    out.printf(
        Locale.ROOT,
        "wrote %s (%.2f s of audio trained per second; log %s)%n",
        outcome.model().get(),
        outcome.audioSecondsPerSecond(),
        outcome.log());
  }
}
