package dev.declip.restore;

import dev.declip.clipping.ClipLevels;

/**
 * Moves a signal into the network's units, where the clip level is 1 on both sides (NOTES.md: feed
 * {@code y / mu}, multiply the output by {@code mu}), scaling each polarity by its own level. A
 * polarity that did not clip borrows the other polarity's level. Public so that training prepares
 * its windows with exactly this scaling.
 */
public record PolarityScale(float positive, float negative) {

  public static PolarityScale of(ClipLevels levels) {
    float p = levels.positive();
    float n = levels.negative();
    return new PolarityScale(Float.isInfinite(p) ? n : p, Float.isInfinite(n) ? p : n);
  }

  public float[] normalise(float[] y) {
    float[] u = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      u[i] = y[i] >= 0 ? y[i] / positive : y[i] / negative;
    }
    return u;
  }

  public float[] denormalise(float[] v) {
    float[] x = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      x[i] = v[i] >= 0 ? v[i] * positive : v[i] * negative;
    }
    return x;
  }
}
