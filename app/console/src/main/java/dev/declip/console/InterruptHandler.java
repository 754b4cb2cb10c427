package dev.declip.console;

import dev.declip.progress.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a cancellation: the shutdown hook raises the flag and waits for the running
 * command to clean up its temporary files before the JVM exits, so no partial output is left.
 */
public final class InterruptHandler implements AutoCloseable {
  private final Cancellation.Flag flag = new Cancellation.Flag();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "declip-interrupt");

  public InterruptHandler() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  public Cancellation cancellation() {
    return flag;
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
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running and waits for the countDown above.
    }
  }
}
