package dev.declip.console;

import dev.declip.model.ModelInferenceException;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The shared shape of every working command of {@code declip} and {@code declip-train}: run the
 * work with Ctrl-C wired to cancellation, and turn every expected failure into a one-line message
 * on stderr and a documented exit code, never a stack trace. Expected failures are the checked
 * exceptions (a file, a folder, data that cannot be used), a model that fails on real audio, and an
 * argument out of range; any other runtime exception is a bug and keeps its trace.
 */
public abstract class ConsoleCommand implements Callable<Integer> {

  @Spec protected CommandLine.Model.CommandSpec spec;

  @Mixin protected ProgressOptions progressOptions;

  /** Does the work; returns the exit code. */
  protected abstract ExitCode execute(Cancellation cancellation) throws Exception;

  @Override
  public final Integer call() {
    InterruptHandler interrupt = new InterruptHandler();
    try {
      return execute(interrupt.cancellation()).code();
    } catch (Exception e) {
      // Whatever failed after Ctrl-C (a model load cut short, a codec) failed because of it.
      if (interrupt.cancelled() || e instanceof OperationCancelledException) {
        fail("cancelled; no partial output was left");
        return ExitCode.CANCELLED.code();
      }
      return failed(e);
    } finally {
      // Only after the message is out: once released, a shutdown halts the JVM at once.
      interrupt.close();
    }
  }

  private int failed(Exception failure) {
    try {
      throw failure;
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return ExitCode.USAGE.code();
    } catch (ModelInferenceException e) {
      // A model that loads but fails on real audio is the user's input gone wrong, like a bad file.
      fail(e.getMessage());
      return ExitCode.FAILED.code();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      fail(e.getMessage());
      return ExitCode.FAILED.code();
    }
  }

  private void fail(String message) {
    err().println(spec.root().name() + ": " + message);
  }

  /** A progress bar on stderr, drawn only on a terminal and unless {@code --no-progress}. */
  protected TerminalProgress progressBar(String label) {
    return progressOptions.bar(label);
  }

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
