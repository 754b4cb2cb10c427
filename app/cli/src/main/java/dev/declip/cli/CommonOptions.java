package dev.declip.cli;

import picocli.CommandLine.Option;

/** Options every working command shares. */
final class CommonOptions {

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  ProgressBar progressBar(String label) {
    return new ProgressBar(System.err, !noProgress && System.console() != null, label);
  }
}
