package dev.declip.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The progress bar's option, shared by every working command. */
public final class ProgressOptions {

  @Option(
      names = "--no-progress",
      description = "Do not draw a progress bar on stderr (it is drawn only on a terminal anyway).")
  boolean noProgress;

  TerminalProgress bar(String label) {
    return new TerminalProgress(System.err, !noProgress && stderrIsATerminal(), label);
  }

  /**
   * Whether stderr, where the bar goes, is a terminal. {@code System.console()} looks at stdin and
   * stdout only, so {@code declip restore … 2> log} would fill the log with bars; on Linux the
   * process's own file descriptor 2 says where stderr goes.
   */
  static boolean stderrIsATerminal() {
    if (System.console() == null) {
      return false;
    }
    Path stderr = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(stderr).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true; // no /proc (macOS, Windows): trust System.console()
    }
  }
}
