package dev.declip.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code declip}: detect and restore clipping in audio files from the terminal. */
@Command(
    name = "declip",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
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
      "  declip info my-model.onnx",
      "",
      "Exit codes:"
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
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command line with its stdout and stderr sent to the given writers. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new DeclipCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Only a bug escapes the commands' own handling: picocli prints its trace for the report, and
    // the exit code must not claim the command line was wrong (usage errors are handled below).
    cli.setExitCodeExceptionMapper(e -> ExitCode.FAILED.code);
    cli.getCommandSpec()
        .usageMessage()
        .footer(withExitCodes(cli.getCommandSpec().usageMessage().footer()));
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
      sub.getCommandSpec().usageMessage().exitCodeList(exitCodeMap(sub.getCommandName()));
    }
    cli.setParameterExceptionHandler(DeclipCommand::usageError);
    return cli.execute(args);
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    // picocli starts some of its messages with "Error: "; ours already say "declip:".
    cmd.getErr().println("declip: " + e.getMessage().replaceFirst("^Error: ", ""));
    cmd.getErr()
        .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE.code;
  }

  private static String[] withExitCodes(String[] footer) {
    String[] codes = ExitCode.helpLines();
    String[] all = new String[footer.length + codes.length];
    System.arraycopy(footer, 0, all, 0, footer.length);
    System.arraycopy(codes, 0, all, footer.length, codes.length);
    return all;
  }

  /** The exit codes a command can return: only restore says "no clipping" by its exit code. */
  private static java.util.Map<String, String> exitCodeMap(String command) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      if (code != ExitCode.NO_CLIPPING || command.equals("restore")) {
        map.put(String.valueOf(code.code), code.meaning);
      }
    }
    return map;
  }
}
