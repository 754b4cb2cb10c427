package dev.declip.desktop.tasks;

import dev.declip.progress.OperationCancelledException;
import java.util.Locale;
import javafx.concurrent.Task;

/** A {@link Job} as a JavaFX Task: engine progress becomes the task's message and progress. */
final class JobTask<T> extends Task<T> {

  private final Job<T> job;
  private final TimeLeft timeLeft = new TimeLeft();

  JobTask(Job<T> job) {
    this.job = job;
  }

  @Override
  protected T call() throws Exception {
    try {
      T result =
          job.run(
              (stage, done, total) -> {
                if (total > 0) {
                  updateProgress(done, total);
                  String left = timeLeft.estimate(done, total, System.nanoTime());
                  updateMessage(
                      String.format(
                              Locale.ROOT, "%s %.0f %%", capitalised(stage), 100.0 * done / total)
                          + (left.isEmpty() ? "" : " · " + left));
                } else {
                  updateProgress(-1, 1);
                  updateMessage(capitalised(stage));
                }
              },
              this::isCancelled);
      if (isCancelled() && result instanceof AutoCloseable resource) {
        resource.close(); // finished after its cancel: nobody takes it, so free it here
      }
      return result;
    } catch (OperationCancelledException e) {
      cancel(false);
      return null;
    }
  }

  private static String capitalised(String stage) {
    return stage.isEmpty() ? stage : Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
  }
}
