package dev.declip.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.model.ModelInfo;
import dev.declip.model.ModelInspector;
import dev.declip.progress.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Checks a model against the model contract and shows its metadata.",
    footerHeading = "%nExample:%n",
    footer = "  declip info assets/models/declip-44k.onnx")
final class InfoCommand extends ConsoleCommand {

  @Parameters(paramLabel = "MODEL.onnx", description = "The model to inspect.")
  Path model;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    ModelInfo info = ModelInspector.inspect(model);
    out().println(info.toText());
    for (String warning : info.warnings()) {
      err().println("declip: warning: " + warning);
    }
    return ExitCode.OK;
  }
}
