package dev.declip.console;

import picocli.CommandLine.Option;

/** The progress bar's option, shared by every working command. */
public final class ProgressOptions {

  @Option(
      names = "--no-progress",
      description = "Do not draw a progress bar on stderr (it is drawn only on a terminal anyway).")
  boolean noProgress;

  TerminalProgress bar(String label) {
    return new TerminalProgress(System.err, !noProgress && System.console() != null, label);
  }
}
