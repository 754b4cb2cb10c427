package dev.declip.desktop.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;

/**
 * An algorithm whose in-block progress reaches the restore pipeline's listener for that block.
 * A-SPADE (alone or as the refinement of "best") reports its frames to the listener it was opened
 * with rather than to the one of each block; the relay points that listener at the block being
 * restored, so its frames count toward the whole restore (one block at a time: the pipeline
 * restores blocks in turn).
 */
final class ReportingAlgorithm implements RestorationAlgorithm {
  static final String STAGE = "restoring";

  private final RestorationAlgorithm algorithm;
  private final AlgorithmCache.ProgressRelay relay;

  ReportingAlgorithm(RestorationAlgorithm algorithm, AlgorithmCache.ProgressRelay relay) {
    this.algorithm = algorithm;
    this.relay = relay;
  }

  @Override
  public String name() {
    return algorithm.name();
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return algorithm.estimate(y, firstFrame, levels, sampleRate, cancellation);
  }

  @Override
  public float[] estimate(
      float[] y,
      long firstFrame,
      ClipLevels levels,
      int sampleRate,
      ProgressListener progress,
      Cancellation cancellation) {
    relay.to(progress);
    try {
      return algorithm.estimate(y, firstFrame, levels, sampleRate, progress, cancellation);
    } finally {
      relay.to(ProgressListener.NONE);
    }
  }

  @Override
  public int contextSamples(int sampleRate) {
    return algorithm.contextSamples(sampleRate);
  }

  /** The cache closes the algorithm it wraps. */
  @Override
  public void close() {}
}
