package dev.declip.cli;

import dev.declip.console.CommandLines;
import dev.declip.console.ExitCode;
import dev.declip.console.InterruptHandler;
import dev.declip.console.SourceTreeAssets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code declip}: detect and restore clipping in audio files from the terminal. */
@Command(
    name = "declip",
    mixinStandardHelpOptions = true,
    versionProvider = DeclipVersion.class,
    description = "Detects and restores clipped audio.",
    subcommands = {
      DetectCommand.class,
      RestoreCommand.class,
      InfoCommand.class,
      BenchmarkCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip detect song.wav",
      "  declip restore song.wav -o song-restored.wav",
      "  declip restore *.flac --out-dir restored/ --bits 24",
      "  declip restore live.mp3 -o live.wav --model my-model.onnx --device gpu",
      "  declip info my-model.onnx"
    })
public final class DeclipCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: detect, restore, info or benchmark");
  }

  public static void main(String[] args) {
    InterruptHandler.takeCtrlC();
    SourceTreeAssets.useUnlessLaunched();
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command line with its stdout and stderr sent to the given writers. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    return CommandLines.run(new DeclipCommand(), List.of(ExitCode.values()), out, err, args);
  }
}
