package dev.declip.restore;

import dev.declip.clipping.ClipLevels;

/**
 * The paper's eq. 16 in units of each polarity's clip level: near-level and clipped samples take
 * the estimate, samples well below the level keep the measurement. With {@code mu} the level on the
 * sample's side, {@code b = clamp((|y| - tau mu) / (mu - tau mu), 0, 1)} and {@code x = (1 - b) y +
 * b f}.
 *
 * @param tau the fraction of the level where blending starts, in [0, 1) (the paper uses 0.95)
 */
public record Eq16Blend(double tau) {

  public static final double DEFAULT_TAU = 0.95;

  public Eq16Blend {
    if (!(tau >= 0 && tau < 1)) {
      throw new IllegalArgumentException("tau must be in [0, 1), got " + tau);
    }
  }

  /** The weight {@code b_j} of the estimate; 0 on a polarity that did not clip. */
  public double weight(float y, ClipLevels levels) {
    float mu = levels.levelFor(y);
    if (Float.isInfinite(mu)) {
      return 0;
    }
    double b = (Math.abs(y) - tau * mu) / (mu - tau * mu);
    return Math.min(1, Math.max(0, b));
  }

  /**
   * Blends {@code estimate} into {@code y}. Samples with weight 0 are returned bit-identical to
   * {@code y} even when the estimate there is NaN or huge.
   */
  public float[] apply(float[] y, float[] estimate, ClipLevels levels) {
    if (estimate.length != y.length) {
      throw new IllegalArgumentException(
          "estimate has " + estimate.length + " samples, signal " + y.length);
    }
    float[] out = new float[y.length];
    for (int j = 0; j < y.length; j++) {
      double b = weight(y[j], levels);
      if (b == 0) {
        out[j] = y[j];
      } else if (b == 1) {
        out[j] = estimate[j];
      } else {
        out[j] = (float) ((1 - b) * y[j] + b * estimate[j]);
      }
    }
    return out;
  }
}
