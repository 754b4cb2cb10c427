package dev.declip.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;

/**
 * Estimates the signal under the clipped samples of one channel. The caller (the restoration
 * pipeline) then blends the estimate in (eq. 16) and projects it onto the consistent set, so an
 * algorithm may return anything on unclipped samples.
 */
public interface RestorationAlgorithm extends AutoCloseable {

  /** A short name for reports ("cubic", "neural:declip-default.onnx"). */
  String name();

  /**
   * Estimates a block whose first sample is frame {@code firstFrame} of its file. Windowed
   * algorithms place their windows on a grid anchored at frame 0 of the file, so the result does
   * not depend on where a streamed block starts: this is the one method an algorithm implements.
   *
   * @param y the clipped signal, at {@code sampleRate}
   * @param firstFrame the file frame of {@code y[0]}
   * @param levels the channel's clip levels
   * @return an estimate of the unclipped signal, same length as {@code y}
   */
  float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation);

  /** Estimates a whole signal: a block that starts at frame 0. Not for implementing. */
  default float[] estimate(
      float[] y, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return estimate(y, 0, levels, sampleRate, cancellation);
  }

  /**
   * Samples of context the algorithm reads on each side of a clipped run; the pipeline streams
   * blocks with at least this much margin so results do not depend on block boundaries.
   */
  int contextSamples(int sampleRate);

  /**
   * The positioned estimate, reporting progress from inside the block: {@code progress} hears the
   * algorithm's own count (windows, frames) of a total it chooses, under the stage "restoring", and
   * the pipeline maps that count onto the whole restore ({@link ProgressListener#part}). An
   * algorithm that takes long per block overrides this one; by default it reports nothing.
   */
  default float[] estimate(
      float[] y,
      long firstFrame,
      ClipLevels levels,
      int sampleRate,
      ProgressListener progress,
      Cancellation cancellation) {
    return estimate(y, firstFrame, levels, sampleRate, cancellation);
  }

  @Override
  default void close() {}
}
