package dev.declip.restore.sparse;

import java.util.Arrays;

/**
 * The redundancy-2 DFT frame of SPADE: a frame of {@code n} samples is zero-padded to {@code 2n}
 * and transformed, scaled by {@code 1 / sqrt(2n)} so the frame is Parseval tight ({@code A* A = I},
 * {@code ||A x|| = ||x||}). The signal is real, so a coefficient vector is stored as its half
 * spectrum, bins {@code 0..n}; every other bin of the full {@code 2n} spectrum is the conjugate of
 * one of these, which {@link #norm} and {@link HardThreshold} account for. Immutable and shared.
 */
final class DftFrame {

  private final int length;
  private final RealFft fft;
  private final double scale;

  DftFrame(int length) {
    this.length = length;
    this.fft = new RealFft(2 * length);
    this.scale = 1 / Math.sqrt(2.0 * length);
  }

  /** Samples per frame (n). */
  int length() {
    return length;
  }

  /** Bins of a half spectrum (n + 1). */
  int bins() {
    return length + 1;
  }

  /** A coefficient vector's bins, {@code n + 1} each for the real and imaginary parts. */
  double[] newBins() {
    return new double[bins()];
  }

  /**
   * {@code (re, im) = A x}.
   *
   * @param padded scratch of {@code 2n} samples whose second half is zero and stays zero
   */
  void analyse(double[] x, double[] padded, double[] re, double[] im) {
    System.arraycopy(x, 0, padded, 0, length);
    fft.forward(padded, re, im);
    for (int k = 0; k <= length; k++) {
      re[k] *= scale;
      im[k] *= scale;
    }
  }

  /**
   * {@code x = A* (re, im)}: the inverse transform's first n samples.
   *
   * @param re,im overwritten (scratch)
   * @param padded scratch of {@code 2n} samples
   */
  void synthesise(double[] re, double[] im, double[] padded, double[] x) {
    fft.inverse(re, im, padded);
    for (int j = 0; j < length; j++) {
      x[j] = padded[j] * scale;
    }
    Arrays.fill(padded, length, 2 * length, 0);
  }

  /** The weight of bin k's energy in the full spectrum: 1 for DC and Nyquist, 2 for a pair. */
  double weight(int k) {
    return k == 0 || k == length ? 1 : 2;
  }

  /** The Euclidean norm of {@code (re, im)} as a full {@code 2n} coefficient vector. */
  double norm(double[] re, double[] im) {
    double sum = 0;
    for (int k = 0; k <= length; k++) {
      sum += weight(k) * (re[k] * re[k] + im[k] * im[k]);
    }
    return Math.sqrt(sum);
  }
}
