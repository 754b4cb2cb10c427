package dev.declip.desktop.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs the app's long operations (decode, detect, restore, export) one at a time on named daemon
 * threads, and exposes the running one's message, progress and a cancel for the status bar. Called
 * on the FX thread only.
 */
public final class BackgroundWork implements AutoCloseable {

  private final ExecutorService executor;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private Task<?> current;

  public BackgroundWork() {
    AtomicInteger count = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "declip-work-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts a job; its result goes to {@code onSuccess}, a failure (other than a cancel) to {@code
   * onError}, both on the FX thread.
   */
  public <T> Task<T> start(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onError) {
    Task<T> task = new JobTask<>(job);
    current = task;
    running.set(true);
    message.bind(task.messageProperty());
    progress.bind(task.progressProperty());
    task.stateProperty()
        .addListener(
            (obs, old, state) -> {
              if (state == Worker.State.SUCCEEDED
                  || state == Worker.State.FAILED
                  || state == Worker.State.CANCELLED) {
                finish(task, state);
                if (state == Worker.State.SUCCEEDED) {
                  onSuccess.accept(task.getValue());
                } else if (state == Worker.State.FAILED) {
                  onError.accept(task.getException());
                }
              }
            });
    executor.execute(task);
    return task;
  }

  /** Runs a small job off the FX thread without showing it in the status bar. */
  public <T> void startQuietly(Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onError) {
    Task<T> task = new JobTask<>(job);
    task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
    task.setOnFailed(e -> onError.accept(task.getException()));
    executor.execute(task);
  }

  private void finish(Task<?> task, Worker.State state) {
    if (current != task) {
      return;
    }
    current = null;
    message.unbind();
    progress.unbind();
    running.set(false);
    progress.set(0);
    message.set(state == Worker.State.CANCELLED ? "Cancelled" : "Ready");
  }

  /** Shows a one-line note in the status bar while nothing runs ("song.flac written"). */
  public void announce(String text) {
    if (!running.get()) {
      message.set(text);
    }
  }

  /** Cancels the running job; it stops at its next block and leaves nothing behind. */
  public void cancel() {
    if (current != null) {
      current.cancel(false);
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  @Override
  public void close() {
    cancel();
    executor.shutdownNow();
  }
}
