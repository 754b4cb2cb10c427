package dev.declip.training.cli;

import dev.declip.training.fit.CheckpointExport;
import dev.declip.training.fit.CheckpointHeader;
import dev.declip.training.fit.FitRequest;
import dev.declip.training.fit.FitRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code declip-train export}: a run's last checkpoint as an ONNX model. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the model held by a run's checkpoint (the last whole epoch) as ONNX, with the"
          + " metadata the finished run would have written: useful after stopping a long run."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train export --run-dir my-model.run -o my-model-epoch3.onnx",
      "  declip-train export -o my-model.onnx      (the run folder of my-model.onnx)"
    })
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "MODEL.onnx",
      required = true,
      description = "The model to write.")
  Path output;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description = "The run folder. Default: the output's name with .run.")
  Path runDir;

  @Option(
      names = "--best",
      description = "Export the epoch with the lowest validation loss instead of the last.")
  boolean best;

  @Override
  public Integer call() {
    Path dir = runDir != null ? runDir : FitRequest.defaultRunDir(output);
    Path checkpoint = dir.resolve(best ? FitRun.BEST : FitRun.CHECKPOINT);
    if (!Files.exists(checkpoint)) {
      spec.commandLine().getErr().println("declip-train: " + checkpoint + ": no checkpoint there");
      return 1;
    }
    try {
      CheckpointHeader header = CheckpointExport.export(checkpoint, output);
      spec.commandLine()
          .getOut()
          .println("wrote " + output + " (after epoch " + header.epoch() + ")");
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("declip-train: " + e.getMessage());
      return 1;
    }
  }
}
