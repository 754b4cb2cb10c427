package dev.declip.restore.sparse;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The redundancy-2 DFT frame of SPADE: a frame of {@code n} samples is zero-padded to {@code 2n}
 * and transformed (JTransforms' real FFT), scaled by {@code 1 / sqrt(2n)} so the frame is Parseval
 * tight ({@code A* A = I}, {@code ||A x|| = ||x||}). The signal is real, so a coefficient vector is
 * its half spectrum, bins {@code 0..n}, in JTransforms' packed layout of {@code 2n} doubles: {@code
 * c[0]} is bin 0 (real), {@code c[1]} bin n (real), {@code c[2k], c[2k+1]} the real and imaginary
 * parts of bin k. Every other bin of the full {@code 2n} spectrum is the conjugate of one of these,
 * which {@link #weight}, {@link #binEnergy} and {@link #norm} account for. Immutable and shared:
 * the power-of-two FFT only reads its tables.
 */
final class DftFrame {

  private final int length;
  private final DoubleFFT_1D fft;
  private final double scale;
  // JTransforms' unscaled real inverse returns size / 2 times the signal, not size times.
  private final double inverseScale;

  DftFrame(int length) {
    this.length = length;
    this.fft = new DoubleFFT_1D(2L * length);
    this.scale = 1 / Math.sqrt(2.0 * length);
    this.inverseScale = 2 * scale;
  }

  /** Samples per frame (n). */
  int length() {
    return length;
  }

  /** Bins of a half spectrum (n + 1). */
  int bins() {
    return length + 1;
  }

  /** A coefficient vector: {@code 2n} doubles in the packed layout. */
  double[] newCoefficients() {
    return new double[2 * length];
  }

  /** {@code c = A x}. */
  void analyse(double[] x, double[] c) {
    System.arraycopy(x, 0, c, 0, length);
    java.util.Arrays.fill(c, length, 2 * length, 0);
    fft.realForward(c);
    for (int i = 0; i < c.length; i++) {
      c[i] *= scale;
    }
  }

  /**
   * {@code x = A* c}: the unnormalised inverse transform's first n samples, scaled.
   *
   * @param scratch {@code 2n} doubles
   */
  void synthesise(double[] c, double[] scratch, double[] x) {
    System.arraycopy(c, 0, scratch, 0, c.length);
    fft.realInverse(scratch, false);
    for (int j = 0; j < length; j++) {
      x[j] = scratch[j] * inverseScale;
    }
  }

  /** The weight of packed entry i in the full spectrum: 1 for DC and Nyquist, 2 for a pair. */
  static double weight(int i) {
    return i < 2 ? 1 : 2;
  }

  /** The energy bin k carries in the full {@code 2n} spectrum. */
  double binEnergy(double[] c, int k) {
    if (k == 0 || k == length) {
      double v = c[k == 0 ? 0 : 1];
      return v * v;
    }
    return 2 * (c[2 * k] * c[2 * k] + c[2 * k + 1] * c[2 * k + 1]);
  }

  /** Zeroes bin k (both parts of a pair). */
  void clearBin(double[] c, int k) {
    if (k == 0 || k == length) {
      c[k == 0 ? 0 : 1] = 0;
    } else {
      c[2 * k] = 0;
      c[2 * k + 1] = 0;
    }
  }

  /** The Euclidean norm of {@code c} as a full {@code 2n} coefficient vector. */
  double norm(double[] c) {
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += weight(i) * c[i] * c[i];
    }
    return Math.sqrt(sum);
  }
}
