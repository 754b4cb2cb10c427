package dev.declip.cli;

import dev.declip.model.ModelInferenceException;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The shared shape of declip's commands: run the work with Ctrl-C wired to cancellation, and turn
 * every failure into a one-line message on stderr and a documented exit code, never a stack trace.
 */
abstract class WorkCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  /** Does the work; returns the exit code. */
  abstract ExitCode execute(Cancellation cancellation) throws IOException;

  @Override
  public final Integer call() {
    InterruptHandler interrupt = new InterruptHandler();
    try {
      // Work that finished despite a late Ctrl-C is kept, and its exit code stands.
      return execute(interrupt.cancellation()).code;
    } catch (RuntimeException | IOException e) {
      // Whatever failed after Ctrl-C (a model load cut short, a codec) failed because of it.
      if (interrupt.cancelled() || e instanceof OperationCancelledException) {
        return cancelled();
      }
      return failed(e);
    } finally {
      // Only after the message is out: once released, a shutdown halts the JVM at once.
      interrupt.close();
    }
  }

  private int cancelled() {
    err().println("declip: cancelled; no partial output was left");
    return ExitCode.CANCELLED.code;
  }

  private int failed(Exception e) {
    if (e instanceof IllegalArgumentException) {
      err().println("declip: " + e.getMessage());
      return ExitCode.USAGE.code;
    }
    if (e instanceof IOException || e instanceof ModelInferenceException) {
      // A model that loads but fails on real audio is the user's input gone wrong, like a bad file.
      err().println("declip: " + e.getMessage());
      return ExitCode.FAILED.code;
    }
    throw (RuntimeException) e; // a bug: picocli prints its trace for the report
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
