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

  /**
   * A listener for one part of this operation, such as one channel of one block, that reports in
   * its own units (the windows an algorithm ran, say): its {@code done} of {@code partTotal} is
   * heard here as units {@code from + span * done / partTotal} of {@code total}. So progress can be
   * reported from deep inside a long step and still read as one steady count for the user.
   */
  default ProgressListener part(long from, long span, long total) {
    return (stage, done, partTotal) ->
        progress(
            stage,
            from
                + (partTotal > 0
                    ? Math.round((double) span * Math.max(0, Math.min(done, partTotal)) / partTotal)
                    : 0),
            total);
  }
}
