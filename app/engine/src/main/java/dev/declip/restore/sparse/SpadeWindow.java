package dev.declip.restore.sparse;

/**
 * The analysis and synthesis windows and the overlap-add normaliser: a periodic Hann window of peak
 * 1, hop of a quarter window (75 % overlap). As in the SPADE toolbox, each frame is restored in the
 * windowed domain and weighted again by the window when added back (weighted overlap-add), which
 * trusts the centre of each frame more than its edges where the windowed constraints say little;
 * the sum is divided by {@code sum w^2} over the overlapping frames (1.5 for Hann).
 */
final class SpadeWindow {

  private final double[] window;
  private final double[] normaliser; // per position within a hop: sum of w^2 over the frames

  SpadeWindow(int length) {
    if (length % 4 != 0) {
      throw new IllegalArgumentException("window length must be a multiple of 4, got " + length);
    }
    window = new double[length];
    for (int n = 0; n < length; n++) {
      double s = Math.sin(Math.PI * n / length);
      window[n] = s * s;
    }
    int hop = length / 4;
    normaliser = new double[hop];
    for (int n = 0; n < length; n++) {
      normaliser[n % hop] += window[n] * window[n];
    }
  }

  int length() {
    return window.length;
  }

  int hop() {
    return window.length / 4;
  }

  /** The analysis weight at sample n of a frame. */
  double analysis(int n) {
    return window[n];
  }

  /** The synthesis weight at sample n of a frame, already divided by the overlap-add sum. */
  double synthesis(int n) {
    return window[n] / normaliser[n % normaliser.length];
  }
}
