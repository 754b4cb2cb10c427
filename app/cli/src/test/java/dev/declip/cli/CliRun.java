package dev.declip.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One in-process run of {@code declip}: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code declip} with the arguments' string forms (paths may be passed as they are). */
  static CliRun declip(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int code =
        DeclipCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), strings);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  List<String> errLines() {
    return err.lines().filter(l -> !l.isBlank()).toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
