package dev.declip.training.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.progress.Cancellation;
import dev.declip.training.fit.CheckpointExport;
import dev.declip.training.fit.CheckpointHeader;
import dev.declip.training.fit.FitRequest;
import dev.declip.training.fit.FitRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
final class ExportCommand extends ConsoleCommand {

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
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    Path dir = runDir != null ? runDir : FitRequest.defaultRunDir(output);
    Path checkpoint = dir.resolve(best ? FitRun.BEST : FitRun.CHECKPOINT);
    if (!Files.exists(checkpoint)) {
      throw new IOException(checkpoint + ": no checkpoint there");
    }
    CheckpointHeader header = CheckpointExport.export(checkpoint, output);
    out().println("wrote " + output + " (after epoch " + header.epoch() + ")");
    return ExitCode.OK;
  }
}
