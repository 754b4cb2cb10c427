package dev.declip.training.data;

import dev.declip.restore.Sdr;

/**
 * How clean audio is clipped into training or evaluation pairs: at a fixed level, or, per file, at
 * the level whose clipping gives a wanted input SDR. Clipping is hard and symmetric, {@code y =
 * clamp(x, -L, L)}, with {@code L} relative to full scale.
 */
public sealed interface CleanClipping {

  /** The level to clip this file's channels at. */
  float levelFor(float[][] clean);

  /** {@code --clip-level L}. */
  record AtLevel(float level) implements CleanClipping {
    public AtLevel {
      if (!(level > 0)) {
        throw new IllegalArgumentException("clip level must be positive, got " + level);
      }
    }

    @Override
    public float levelFor(float[][] clean) {
      return level;
    }
  }

  /**
   * {@code --input-sdr DB}: the SDR of the clipped file against the clean one (all channels
   * together, as the engine's {@link Sdr} defines it) rises monotonically with the level, from 0 dB
   * near level 0 to infinity at the peak, so bisection finds it.
   */
  record AtInputSdr(double db) implements CleanClipping {

    /** Halvings of [0, peak]: 30 bring the level below float resolution. */
    private static final int STEPS = 30;

    public AtInputSdr {
      if (!(db > 0) || Double.isInfinite(db)) {
        throw new IllegalArgumentException("input SDR must be a positive number of dB, got " + db);
      }
    }

    @Override
    public float levelFor(float[][] clean) {
      double energy = 0;
      float peak = 0;
      for (float[] channel : clean) {
        for (float v : channel) {
          energy += (double) v * v;
          peak = Math.max(peak, Math.abs(v));
        }
      }
      if (peak == 0) {
        return 1f; // silence: nothing to clip, the file contributes no windows
      }
      // The error of clipping at L is sum (|x| - L)^2 over |x| > L; wanted: energy / error =
      // 10^(db/10).
      double wantedError = energy / Math.pow(10, db / 10);
      double lo = 0;
      double hi = peak;
      for (int step = 0; step < STEPS; step++) {
        double mid = 0.5 * (lo + hi);
        if (clippingError(clean, (float) mid) > wantedError) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return (float) (0.5 * (lo + hi));
    }

    /** What {@link Sdr#db} puts in its denominator for {@code clip(x, level)}, without copies. */
    private static double clippingError(float[][] clean, float level) {
      double error = 0;
      for (float[] channel : clean) {
        for (float v : channel) {
          float e = Math.abs(v) - level;
          if (e > 0) {
            error += (double) e * e;
          }
        }
      }
      return error;
    }
  }

  /** {@code clamp(x, -level, level)}. */
  static float[] clip(float[] x, float level) {
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(-level, Math.min(level, x[i]));
    }
    return y;
  }
}
