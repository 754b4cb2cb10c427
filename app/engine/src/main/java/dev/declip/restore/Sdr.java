package dev.declip.restore;

/** Signal-to-distortion ratio, the paper's measure of restoration quality. */
public final class Sdr {

  private Sdr() {}

  /**
   * {@code 10 log10(||x||^2 / ||x - estimate||^2)} in dB; +infinity for a perfect estimate.
   *
   * @param reference the clean signal x
   * @param estimate the clipped or restored signal, same length
   */
  public static double db(float[] reference, float[] estimate) {
    if (reference.length != estimate.length) {
      throw new IllegalArgumentException(
          "reference has " + reference.length + " samples, estimate " + estimate.length);
    }
    double signal = 0;
    double error = 0;
    for (int i = 0; i < reference.length; i++) {
      double x = reference[i];
      double e = x - estimate[i];
      signal += x * x;
      error += e * e;
    }
    return 10 * Math.log10(signal / error);
  }
}
