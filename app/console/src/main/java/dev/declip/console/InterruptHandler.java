package dev.declip.console;

import dev.declip.progress.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C into a cancellation. SIGINT is taken from the JVM, which would otherwise start
 * shutting down at once: ONNX Runtime's own shutdown hook would then free its native environment
 * while a session is still being created or run on it (a crash in native code). Here Ctrl-C only
 * raises the flag; the command stops at its next check, removes its temporary files, says so in one
 * line and exits 130 through the ordinary path. Other shutdowns (SIGTERM) still raise the flag from
 * a shutdown hook that waits for the command to clean up.
 */
public final class InterruptHandler implements AutoCloseable {
  private static final Signal INTERRUPT = new Signal("INT");

  /** Ctrl-C pressed before a command set up its own handler (see {@link #takeCtrlC()}). */
  private static final Cancellation.Flag EARLY_CTRL_C = new Cancellation.Flag();

  private final Cancellation.Flag flag = new Cancellation.Flag();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "declip-interrupt");
  private final SignalHandler previous;

  public InterruptHandler() {
    previous = Signal.handle(INTERRUPT, signal -> flag.cancel());
    if (EARLY_CTRL_C.isCancelled()) {
      flag.cancel();
    }
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      flag.cancel(); // a SIGTERM came first: stop at the first check
    }
  }

  /**
   * Takes Ctrl-C from the JVM for the whole process, first thing in {@code main}: until a command
   * sets up its handler, a Ctrl-C is remembered and the command stops at its first check. Left to
   * the JVM, it would start shutting down while the command keeps running.
   */
  public static void takeCtrlC() {
    Signal.handle(INTERRUPT, signal -> EARLY_CTRL_C.cancel());
  }

  public Cancellation cancellation() {
    return flag;
  }

  /** Whether Ctrl-C (or a shutdown) asked the command to stop. */
  public boolean cancelled() {
    return flag.isCancelled();
  }

  private void onShutdown() {
    flag.cancel();
    try {
      finished.await(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    Signal.handle(INTERRUPT, previous);
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running and waits for the countDown above.
    }
  }
}
