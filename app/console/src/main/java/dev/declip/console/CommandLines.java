package dev.declip.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs a command line the same way for every program: messages, exit codes and their help. */
public final class CommandLines {
  private CommandLines() {}

  /**
   * Runs {@code args} against the root command and returns the exit code. Usage errors print one
   * line and a hint, exit 2; the exit codes listed in {@code --help} are {@code documented}.
   */
  public static int run(
      Object root, List<ExitCode> documented, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Only a bug escapes the commands' own handling: picocli prints its trace for the report, and
    // the exit code must not claim the command line was wrong (usage errors are handled below).
    cli.setExitCodeExceptionMapper(e -> ExitCode.FAILED.code());
    CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
    usage.footer(withExitCodes(usage.footer(), documented));
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
      sub.getCommandSpec()
          .usageMessage()
          .exitCodeList(exitCodeMap(documented, sub.getCommandName()));
    }
    cli.setParameterExceptionHandler(CommandLines::usageError);
    return cli.execute(args);
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String program = cmd.getCommandSpec().root().name();
    // picocli starts some of its messages with "Error: "; ours already name the program.
    cmd.getErr().println(program + ": " + e.getMessage().replaceFirst("^Error: ", ""));
    cmd.getErr()
        .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE.code();
  }

  private static String[] withExitCodes(String[] footer, List<ExitCode> documented) {
    List<String> lines = new ArrayList<>(Arrays.asList(footer));
    lines.add("");
    lines.add("Exit codes:");
    for (ExitCode code : documented) {
      lines.add(String.format("%4d   %s", code.code(), code.meaning()));
    }
    return lines.toArray(String[]::new);
  }

  /** The exit codes a subcommand can return: only restore says "no clipping" by its exit code. */
  private static Map<String, String> exitCodeMap(List<ExitCode> documented, String command) {
    Map<String, String> map = new LinkedHashMap<>();
    for (ExitCode code : documented) {
      if (code != ExitCode.NO_CLIPPING || command.equals("restore")) {
        map.put(String.valueOf(code.code()), code.meaning());
      }
    }
    return map;
  }
}
