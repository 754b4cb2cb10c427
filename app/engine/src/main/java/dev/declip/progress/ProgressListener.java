package dev.declip.progress;

/**
 * Receives progress of a long operation. Called from the working thread; implementations hand the
 * value over to their own thread (a progress bar, a JavaFX Task) and must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done, in a few words ("decoding", "restoring")
   * @param done units done so far (frames, windows, ...)
   * @param total units in all, or -1 when unknown
   */
  void progress(String stage, long done, long total);
}
