package dev.declip.progress;

/** Thrown out of a long operation when its {@link Cancellation} was triggered. */
public final class OperationCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OperationCancelledException() {
    super("cancelled");
  }
}
