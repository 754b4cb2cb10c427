package dev.declip.cli;

/** The exit codes of {@code declip}, listed in {@code --help}. */
enum ExitCode {
  OK(0, "success"),
  FAILED(1, "an input could not be read, restored or written (the message says why)"),
  USAGE(2, "invalid command line"),
  NO_CLIPPING(3, "no clipping found in any input: nothing was written"),
  CANCELLED(130, "cancelled (Ctrl-C): no partial output was left behind");

  final int code;
  final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  static String[] helpLines() {
    ExitCode[] all = values();
    String[] lines = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      lines[i] = String.format("%4d   %s", all[i].code, all[i].meaning);
    }
    return lines;
  }
}
