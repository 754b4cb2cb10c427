package dev.declip.desktop.tasks;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;

/** A blocking operation that reports progress and polls for cancellation, as engine calls do. */
@FunctionalInterface
public interface Job<T> {
  T run(ProgressListener progress, Cancellation cancellation) throws Exception;
}
