package dev.declip.restore.sparse;

/**
 * An unnormalised radix-2 FFT of real signals of length {@code size}, computed as a complex FFT of
 * half the length on the even/odd samples packed as real/imaginary parts, with precomputed twiddles
 * and bit reversal. Spectra are half spectra: bins {@code 0..size/2}, real and imaginary parts in
 * separate arrays. Immutable, so one instance serves every thread.
 */
final class RealFft {

  private final int size;
  private final int half;
  private final double[] cos; // e^{-2 pi i j / size} for j < size / 2
  private final double[] sin;
  private final int[] reversed;
  private final double[] stageCos; // stage of span s: e^{-2 pi i j / 2s} at index s - 1 + j
  private final double[] stageSin;

  RealFft(int size) {
    if (size < 4 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("FFT size must be a power of two >= 4, got " + size);
    }
    this.size = size;
    this.half = size / 2;
    cos = new double[half];
    sin = new double[half];
    for (int j = 0; j < half; j++) {
      cos[j] = Math.cos(2 * Math.PI * j / size);
      sin[j] = -Math.sin(2 * Math.PI * j / size);
    }
    stageCos = new double[half];
    stageSin = new double[half];
    for (int span = 1; span < half; span <<= 1) {
      for (int j = 0; j < span; j++) {
        stageCos[span - 1 + j] = Math.cos(Math.PI * j / span);
        stageSin[span - 1 + j] = -Math.sin(Math.PI * j / span);
      }
    }
    reversed = new int[half];
    int bits = Integer.numberOfTrailingZeros(half);
    for (int j = 0; j < half; j++) {
      reversed[j] = bits == 0 ? 0 : Integer.reverse(j) >>> (32 - bits);
    }
  }

  int size() {
    return size;
  }

  /**
   * {@code X[k] = sum_m x[m] e^{-2 pi i k m / size}} for {@code k = 0..size/2}.
   *
   * @param x {@code size} samples (read only)
   * @param re,im {@code size/2 + 1} bins (written); also used as scratch
   */
  void forward(double[] x, double[] re, double[] im) {
    for (int j = 0; j < half; j++) {
      int r = reversed[j];
      re[r] = x[2 * j];
      im[r] = x[2 * j + 1];
    }
    butterflies(re, im, 1);
    re[half] = re[0];
    im[half] = im[0];
    // Split the packed spectrum Z into the spectra E (even samples) and O (odd samples):
    // X[k] = E[k] + W^k O[k], handling bins k and half - k together.
    for (int k = 0; k <= half / 2; k++) {
      int m = half - k;
      double er = (re[k] + re[m]) / 2;
      double ei = (im[k] - im[m]) / 2;
      double or = (im[k] + im[m]) / 2;
      double oi = (re[m] - re[k]) / 2;
      // Bin m: E[m] = conj(E[k]), O[m] = conj(O[k]), W^m = -conj(W^k).
      double wr = cos(k);
      double wi = sin(k);
      double tr = wr * or - wi * oi;
      double ti = wr * oi + wi * or;
      re[k] = er + tr;
      im[k] = ei + ti;
      re[m] = er - tr;
      im[m] = -ei + ti;
    }
    im[0] = 0;
    im[half] = 0;
  }

  /**
   * {@code x[m] = sum_k X[k] e^{+2 pi i k m / size}} over the full Hermitian spectrum, without the
   * {@code 1 / size}.
   *
   * @param re,im {@code size/2 + 1} bins (overwritten: used as scratch)
   * @param x {@code size} samples (written)
   */
  void inverse(double[] re, double[] im, double[] x) {
    // E[k] = (X[k] + conj(X[half-k])) / 2, O[k] = (X[k] - conj(X[half-k])) conj(W^k) / 2,
    // Z = E + iO; bins k and half - k together.
    for (int k = 0; k <= half / 2; k++) {
      int m = half - k;
      double er = (re[k] + re[m]) / 2;
      double ei = (im[k] - im[m]) / 2;
      double dr = (re[k] - re[m]) / 2;
      double di = (im[k] + im[m]) / 2;
      double wr = cos(k);
      double wi = -sin(k);
      double or = dr * wr - di * wi;
      double oi = dr * wi + di * wr;
      // Z[k] = E[k] + i O[k]; Z[m] = conj(E[k]) + i conj(O[k]) since O[m] = conj(O[k]).
      double zkr = er - oi;
      double zki = ei + or;
      double zmr = er + oi;
      double zmi = -ei + or;
      re[k] = zkr;
      im[k] = zki;
      re[m] = zmr;
      im[m] = zmi;
    }
    for (int j = 0; j < half; j++) {
      int r = reversed[j];
      if (r > j) {
        double t = re[j];
        re[j] = re[r];
        re[r] = t;
        t = im[j];
        im[j] = im[r];
        im[r] = t;
      }
    }
    butterflies(re, im, -1);
    for (int j = 0; j < half; j++) {
      x[2 * j] = 2 * re[j];
      x[2 * j + 1] = 2 * im[j];
    }
  }

  private double cos(int k) {
    return k < half ? cos[k] : -1;
  }

  private double sin(int k) {
    return k < half ? sin[k] : 0;
  }

  /**
   * In-place iterative complex FFT of length {@code half} on bit-reversed input. The first two
   * stages need no multiplications; later stages read their twiddles from a contiguous table.
   */
  private void butterflies(double[] re, double[] im, int direction) {
    for (int a = 0; a + 1 < half; a += 2) {
      double tr = re[a + 1];
      double ti = im[a + 1];
      re[a + 1] = re[a] - tr;
      im[a + 1] = im[a] - ti;
      re[a] += tr;
      im[a] += ti;
    }
    if (half >= 4) {
      for (int a = 0; a < half; a += 4) {
        // Twiddles 1 and -i (forward) or +i (inverse).
        double tr = re[a + 2];
        double ti = im[a + 2];
        re[a + 2] = re[a] - tr;
        im[a + 2] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
        double br = direction * im[a + 3];
        double bi = -direction * re[a + 3];
        re[a + 3] = re[a + 1] - br;
        im[a + 3] = im[a + 1] - bi;
        re[a + 1] += br;
        im[a + 1] += bi;
      }
    }
    for (int span = 4; span < half; span <<= 1) {
      int table = span - 1;
      for (int start = 0; start < half; start += 2 * span) {
        for (int j = 0; j < span; j++) {
          double wr = stageCos[table + j];
          double wi = direction * stageSin[table + j];
          int a = start + j;
          int b = a + span;
          double tr = wr * re[b] - wi * im[b];
          double ti = wr * im[b] + wi * re[b];
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
        }
      }
    }
  }
}
