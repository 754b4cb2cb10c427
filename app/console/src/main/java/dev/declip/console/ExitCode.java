package dev.declip.console;

/** The exit codes of the project's commands, listed in their {@code --help}. */
public enum ExitCode {
  OK(0, "success"),
  FAILED(1, "an input could not be read, restored or written (the message says why)"),
  USAGE(2, "invalid command line"),
  NO_CLIPPING(3, "no clipping found in any input: nothing was written"),
  CANCELLED(130, "cancelled (Ctrl-C): no partial output was left behind");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
