package dev.declip.restore;

import dev.declip.clipping.ClipLevels;

/**
 * Projects an estimate onto the set of signals consistent with the measurement: clipping the result
 * again gives back the clipped input. Unclipped samples are the measurement itself; a clipped
 * sample keeps its polarity and reaches at least its clip level.
 */
public final class ConsistencyProjection {

  private ConsistencyProjection() {}

  public static float[] apply(float[] estimate, float[] y, ClipLevels levels) {
    if (estimate.length != y.length) {
      throw new IllegalArgumentException(
          "estimate has " + estimate.length + " samples, signal " + y.length);
    }
    float[] out = new float[y.length];
    for (int j = 0; j < y.length; j++) {
      out[j] = project(estimate[j], y[j], levels);
    }
    return out;
  }

  static float project(float x, float y, ClipLevels levels) {
    if (!levels.isClipped(y)) {
      return y;
    }
    // Written as comparisons (not Math.max) so that a NaN estimate falls back to the level.
    if (y >= levels.positive()) {
      return x > levels.positive() ? x : levels.positive();
    }
    return x < -levels.negative() ? x : -levels.negative();
  }
}
