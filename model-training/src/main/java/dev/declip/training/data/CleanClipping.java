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
   * together, the engine's {@link Sdr}) rises monotonically with the level, from 0 dB near level 0
   * to infinity at the peak, so bisection finds it.
   */
  record AtInputSdr(double db) implements CleanClipping {

    private static final int STEPS = 40;

    public AtInputSdr {
      if (!(db > 0) || Double.isInfinite(db)) {
        throw new IllegalArgumentException("input SDR must be a positive number of dB, got " + db);
      }
    }

    @Override
    public float levelFor(float[][] clean) {
      float[] x = concat(clean);
      float peak = 0;
      for (float v : x) {
        peak = Math.max(peak, Math.abs(v));
      }
      if (peak == 0) {
        return 1f; // silence: nothing to clip, the file contributes no windows
      }
      double lo = 0;
      double hi = peak;
      for (int step = 0; step < STEPS; step++) {
        double mid = 0.5 * (lo + hi);
        if (Sdr.db(x, clip(x, (float) mid)) < db) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return (float) (0.5 * (lo + hi));
    }

    private static float[] concat(float[][] channels) {
      int total = 0;
      for (float[] c : channels) {
        total += c.length;
      }
      float[] all = new float[total];
      int at = 0;
      for (float[] c : channels) {
        System.arraycopy(c, 0, all, at, c.length);
        at += c.length;
      }
      return all;
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
