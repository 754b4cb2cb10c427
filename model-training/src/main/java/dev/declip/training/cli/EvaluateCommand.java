package dev.declip.training.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.InferenceOptions;
import dev.declip.model.ModelInfo;
import dev.declip.model.ModelInspector;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.data.Dataset;
import dev.declip.training.fit.DataSource;
import dev.declip.training.quality.BenchmarkSet;
import dev.declip.training.quality.Contender;
import dev.declip.training.quality.ModelRoster;
import dev.declip.training.quality.QualityBenchmark;
import dev.declip.training.quality.QualityTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code declip-train evaluate}: SDR of models against ground truth, beside the baselines. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Clips clean audio on purpose, restores each segment exactly as declip restores files"
          + " (ONNX Runtime, eq. 16 blend, consistency), and prints the mean +- std SDR, the gain"
          + " over the clipped input and the milliseconds of compute per second of audio, for"
          + " the clipped input, cubic interpolation and each model.",
      "Segments without any clipped sample are left out (the paper's protocol)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train evaluate --model my-model.onnx --clean held-out/ --clip-level 0.1",
      "  declip-train evaluate --model a.onnx --model b.onnx --clean held-out/ --input-sdr 5"
    })
final class EvaluateCommand extends ConsoleCommand {

  @Option(
      names = "--model",
      paramLabel = "MODEL.onnx",
      required = true,
      description = "A model to score (repeat to compare several; all must share a rate).")
  List<Path> models;

  @Mixin DataSourceOptions source;

  @Option(
      names = "--segment",
      paramLabel = "SECONDS",
      defaultValue = "1",
      description = "Segment length. Default: ${DEFAULT-VALUE} (the paper's).")
  double segmentSeconds;

  @Option(
      names = "--tau",
      defaultValue = "0.95",
      description = "Eq. 16. Default: ${DEFAULT-VALUE}.")
  double tau;

  @Mixin RuntimeOptionsMixin runtime;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException, DataException {
    PrintWriter err = err();
    try (TerminalProgress bar = progressBar("evaluate")) {
      DataSource clipped = source.source(true);
      ModelInfo first = ModelInspector.inspect(models.get(0));
      int rate = first.sampleRate() > 0 ? first.sampleRate() : DataOptions.USER_RATE;
      Dataset data =
          clipped.load(
              DataOptions.of(rate, (int) Math.round(segmentSeconds * rate))
                  .withValidationFraction(0));
      err.println(data.summary().toText());
      InferenceOptions options = new InferenceOptions(runtime.device, runtime.threads);
      List<Contender> rows = new ArrayList<>();
      rows.add(ModelRoster.cubic(tau));
      for (Path model : models) {
        rows.add(ModelRoster.network("neural:" + model.getFileName(), model, options, tau));
      }
      QualityTable table =
          new QualityBenchmark(bar, cancellation, err::println)
              .run(new BenchmarkSet("segments at " + rate + " Hz", rate, data.train()), rows);
      bar.close();
      out().print(table.toText());
      return ExitCode.OK;
    }
  }
}
