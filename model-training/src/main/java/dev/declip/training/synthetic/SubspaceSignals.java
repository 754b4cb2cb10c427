package dev.declip.training.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paper's synthetic signals (Sec. IV.A): {@code x = A z} on a random {@code d}-dimensional
 * subspace of {@code R^length}, with a standard normal basis {@code A} and standard normal {@code
 * z}, each example rescaled so that a fraction {@code v} of its entries reach the clip level 1.
 */
final class SubspaceSignals {

  private final int length;
  private final int dim;
  private final double[] basis; // length x dim, row-major

  /** Draws the subspace's basis from {@code random}. */
  SubspaceSignals(int length, int dim, SplittableRandom random) {
    if (dim < 1 || dim > length) {
      throw new IllegalArgumentException("dimension must be in [1, " + length + "], got " + dim);
    }
    this.length = length;
    this.dim = dim;
    this.basis = gaussian(random, length * dim);
  }

  /**
   * {@code count} examples, each scaled so that {@code round(fraction * length)} entries clip.
   *
   * @return clean and clipped signals, {@code count x length}
   */
  SyntheticSet draw(int count, double fraction, SplittableRandom random) {
    int clippedPerExample = (int) Math.round(fraction * length);
    if (clippedPerExample < 1 || clippedPerExample >= length) {
      throw new IllegalArgumentException(
          "clipped fraction " + fraction + " leaves no clipped or no unclipped entry");
    }
    float[] clean = new float[count * length];
    for (int i = 0; i < count; i++) {
      double[] x = new double[length];
      double[] z = gaussian(random, dim);
      for (int t = 0; t < length; t++) {
        double sum = 0;
        for (int k = 0; k < dim; k++) {
          sum += basis[t * dim + k] * z[k];
        }
        x[t] = sum;
      }
      double scale = scaleForClippedCount(x, clippedPerExample);
      for (int t = 0; t < length; t++) {
        clean[i * length + t] = (float) (scale * x[t]);
      }
    }
    return SyntheticSet.clip(clean, count, length);
  }

  /**
   * The gain that puts exactly {@code clipped} entries of {@code x} at or above 1 in magnitude: it
   * maps the midpoint between the {@code clipped}-th and the next largest magnitude to 1, so no
   * entry lands on the level itself.
   */
  static double scaleForClippedCount(double[] x, int clipped) {
    double[] magnitudes = Arrays.stream(x).map(Math::abs).sorted().toArray();
    int n = magnitudes.length;
    double smallestClipped = magnitudes[n - clipped];
    double largestUnclipped = magnitudes[n - clipped - 1];
    return 2 / (smallestClipped + largestUnclipped);
  }

  private static double[] gaussian(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
      double u = 1 - random.nextDouble();
      values[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
    return values;
  }
}
