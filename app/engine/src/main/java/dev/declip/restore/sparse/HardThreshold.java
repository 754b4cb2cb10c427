package dev.declip.restore.sparse;

/**
 * {@code H_k}: keeps the k largest coefficients of a half spectrum and zeroes the rest. A real
 * signal's coefficients come in conjugate pairs that must be kept or dropped together, so each bin
 * is one candidate, ranked by the energy it carries in the full spectrum (a pair counts twice, DC
 * and Nyquist once); that makes {@code H_k} the nearest vector with at most k such candidates. The
 * k-th largest energy is found by quickselect in O(n), not by sorting. One instance per thread.
 */
final class HardThreshold {

  private final DftFrame frame;
  private final double[] energy;
  private final double[] scratch;

  HardThreshold(DftFrame frame) {
    this.frame = frame;
    this.energy = new double[frame.bins()];
    this.scratch = new double[frame.bins()];
  }

  /** Zeroes all but the k largest bins of the packed coefficients {@code c} in place. */
  void keepLargest(double[] c, int k) {
    int n = energy.length;
    if (k >= n) {
      return;
    }
    for (int j = 0; j < n; j++) {
      energy[j] = frame.binEnergy(c, j);
    }
    System.arraycopy(energy, 0, scratch, 0, n);
    double threshold = k <= 0 ? Double.POSITIVE_INFINITY : select(scratch, n - k);
    int ties = 0; // bins equal to the threshold that still fit within k
    for (int j = 0; j < n; j++) {
      ties += energy[j] > threshold ? 1 : 0;
    }
    ties = k - ties;
    for (int j = 0; j < n; j++) {
      boolean keep = energy[j] > threshold || (energy[j] == threshold && ties-- > 0);
      if (!keep) {
        frame.clearBin(c, j);
      }
    }
  }

  /** The value that would sit at {@code rank} if {@code a} were sorted ascending (a reorders). */
  static double select(double[] a, int rank) {
    int lo = 0;
    int hi = a.length - 1;
    while (hi > lo) {
      double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (rank <= j) {
        hi = j;
      } else if (rank >= i) {
        lo = i;
      } else {
        return a[rank];
      }
    }
    return a[rank];
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
