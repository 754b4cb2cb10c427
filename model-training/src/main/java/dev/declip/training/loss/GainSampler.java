package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;

/**
 * Draws one gain per example for eq. 12 from a seeded generator, so that a run is repeatable. Not
 * thread-safe: one sampler per training run.
 */
public final class GainSampler {

  private final GainDistribution distribution;
  private final SplittableRandom random;

  public GainSampler(GainDistribution distribution, long seed) {
    this.distribution = distribution;
    this.random = new SplittableRandom(seed);
  }

  public GainDistribution distribution() {
    return distribution;
  }

  /**
   * {@code count} gains as a {@code [count, 1]} array in {@code manager}, to broadcast over time.
   */
  public NDArray draw(NDManager manager, int count) {
    float[] gains = new float[count];
    for (int i = 0; i < count; i++) {
      gains[i] = (float) distribution.sample(random);
    }
    return manager.create(gains).reshape(count, 1);
  }
}
