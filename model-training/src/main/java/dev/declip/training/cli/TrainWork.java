package dev.declip.training.cli;

import dev.declip.cli.InterruptHandler;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.training.data.DataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The shared shape of {@code declip-train}'s commands: Ctrl-C becomes a cancellation, and every
 * failure a one-line message and an exit code (1 failed, 2 bad usage, 130 cancelled), never a stack
 * trace.
 */
abstract class TrainWork implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Does the work; returns the exit code. */
  abstract int execute(Cancellation cancellation) throws IOException, DataException;

  @Override
  public final Integer call() {
    InterruptHandler interrupt = new InterruptHandler();
    try {
      return execute(interrupt.cancellation());
    } catch (IllegalArgumentException e) {
      err().println("declip-train: " + e.getMessage());
      return 2;
    } catch (OperationCancelledException e) {
      err().println("declip-train: cancelled");
      return 130;
    } catch (IOException | DataException e) {
      err().println("declip-train: " + e.getMessage());
      return 1;
    } finally {
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
