package dev.declip.training.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/** Clipped random windows in units of the clip level, their masks, and array conversions. */
final class TestWindows {

  private TestWindows() {}

  /** Gaussian windows clipped at 1, like {@code y / mu}; about a fifth of the samples clip. */
  static float[][] clipped(int count, int length, long seed) {
    Random random = new Random(seed);
    float[][] windows = new float[count][length];
    for (float[] w : windows) {
      for (int i = 0; i < length; i++) {
        w[i] = (float) Math.max(-1, Math.min(1, 0.8 * random.nextGaussian()));
      }
    }
    return windows;
  }

  /** 1 where the sample is below the clip level in magnitude. */
  static float[][] maskOf(float[][] windows) {
    float[][] mask = new float[windows.length][windows[0].length];
    for (int n = 0; n < windows.length; n++) {
      for (int i = 0; i < mask[n].length; i++) {
        mask[n][i] = Math.abs(windows[n][i]) < 1 ? 1f : 0f;
      }
    }
    return mask;
  }

  static NDArray array(NDManager manager, float[][] rows) {
    float[] flat = new float[rows.length * rows[0].length];
    for (int n = 0; n < rows.length; n++) {
      System.arraycopy(rows[n], 0, flat, n * rows[0].length, rows[0].length);
    }
    return manager.create(flat, new Shape(rows.length, rows[0].length));
  }

  static float[][] rows(NDArray array) {
    int count = (int) array.getShape().get(0);
    int length = (int) array.getShape().get(1);
    float[] flat = array.toFloatArray();
    float[][] rows = new float[count][length];
    for (int n = 0; n < count; n++) {
      System.arraycopy(flat, n * length, rows[n], 0, length);
    }
    return rows;
  }

  /** max |actual - expected| / max |expected|. */
  static double relativeError(float[][] actual, float[][] expected) {
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
