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
      return execute(interrupt.cancellation()).code;
    } catch (OperationCancelledException e) {
      err().println("declip: cancelled; no partial output was left");
      return ExitCode.CANCELLED.code;
    } catch (IllegalArgumentException e) {
      err().println("declip: " + e.getMessage());
      return ExitCode.USAGE.code;
    } catch (IOException | ModelInferenceException e) {
      // A model that loads but fails on real audio is the user's input gone wrong, like a bad file.
      err().println("declip: " + e.getMessage());
      return ExitCode.FAILED.code;
    } finally {
      // Only after the message is out: once released, a Ctrl-C shutdown halts the JVM at once.
      interrupt.close();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
