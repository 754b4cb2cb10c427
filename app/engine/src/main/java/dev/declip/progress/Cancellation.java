package dev.declip.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation check polled by long operations between units of work. */
@FunctionalInterface
public interface Cancellation {

  Cancellation NEVER = () -> false;

  boolean isCancelled();

  /** Throws {@link OperationCancelledException} once cancellation was asked for. */
  default void throwIfCancelled() {
    if (isCancelled()) {
      throw new OperationCancelledException();
    }
  }

  /**
   * A cancellation that is triggered by calling {@link Flag#cancel()}, e.g. from a signal handler.
   */
  final class Flag implements Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
      cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }
  }
}
