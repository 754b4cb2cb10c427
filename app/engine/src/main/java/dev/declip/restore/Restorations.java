package dev.declip.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;

/**
 * The restoration stages the pipeline runs on one channel block: the algorithm's estimate, the eq.
 * 16 blend, and (optionally) the projection onto the consistent set.
 */
public final class Restorations {

  private Restorations() {}

  /** Restores a block whose first sample is frame 0 of its file (or whose grid does not matter). */
  public static float[] restore(
      RestorationAlgorithm alg,
      float[] y,
      ClipLevels levels,
      int rate,
      double tau,
      boolean consistent,
      Cancellation cancellation) {
    return restore(alg, y, 0, levels, rate, tau, consistent, ProgressListener.NONE, cancellation);
  }

  /**
   * @param firstFrame the file frame of {@code y[0]}, so windowed algorithms use one grid for the
   *     whole file whatever the block boundaries
   * @param progress progress from inside the algorithm (see {@link RestorationAlgorithm#estimate(
   *     float[], long, ClipLevels, int, ProgressListener, Cancellation)})
   */
  public static float[] restore(
      RestorationAlgorithm alg,
      float[] y,
      long firstFrame,
      ClipLevels levels,
      int rate,
      double tau,
      boolean consistent,
      ProgressListener progress,
      Cancellation cancellation) {
    float[] estimate = alg.estimate(y, firstFrame, levels, rate, progress, cancellation);
    float[] blended = new Eq16Blend(tau).apply(y, estimate, levels);
    return consistent ? ConsistencyProjection.apply(blended, y, levels) : blended;
  }
}
