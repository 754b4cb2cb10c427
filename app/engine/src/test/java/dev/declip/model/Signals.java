package dev.declip.model;

import java.util.Random;

/** Random test windows and a relative error measure (shared through the test-jar). */
public final class Signals {

  private Signals() {}

  /** Gaussian windows, clipped at 1 so they look like {@code y / mu}. */
  public static float[][] clipped(int count, int length, long seed) {
    Random random = new Random(seed);
    float[][] windows = new float[count][length];
    for (float[] w : windows) {
      for (int i = 0; i < length; i++) {
        w[i] = (float) Math.max(-1, Math.min(1, 0.8 * random.nextGaussian()));
      }
    }
    return windows;
  }

  /** 1 where the sample is below the clip level 1 in magnitude. */
  public static float[][] maskOf(float[][] windows) {
    float[][] mask = new float[windows.length][];
    for (int n = 0; n < windows.length; n++) {
      mask[n] = new float[windows[n].length];
      for (int i = 0; i < mask[n].length; i++) {
        mask[n][i] = Math.abs(windows[n][i]) < 1 ? 1f : 0f;
      }
    }
    return mask;
  }

  public static float[][] scaled(float[][] windows, float factor) {
    float[][] out = new float[windows.length][];
    for (int n = 0; n < windows.length; n++) {
      out[n] = windows[n].clone();
      for (int i = 0; i < out[n].length; i++) {
        out[n][i] *= factor;
      }
    }
    return out;
  }

  /** max |actual - expected| / max |expected|. */
  public static double relativeError(float[][] actual, float[][] expected) {
    double diff = 0;
    double scale = 0;
    for (int n = 0; n < expected.length; n++) {
      for (int i = 0; i < expected[n].length; i++) {
        diff = Math.max(diff, Math.abs(actual[n][i] - expected[n][i]));
        scale = Math.max(scale, Math.abs(expected[n][i]));
      }
    }
    return diff / scale;
  }
}
