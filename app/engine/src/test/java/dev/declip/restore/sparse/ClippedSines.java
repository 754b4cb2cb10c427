package dev.declip.restore.sparse;

import dev.declip.restore.Sdr;
import dev.declip.restore.Signals;

/** Synthetic test audio: a few sinusoids at 22 050 Hz, clipped to a chosen input SDR. */
final class ClippedSines {

  static final int RATE = 22050;

  private ClippedSines() {}

  /** Four partials of a 220 Hz tone, unequal amplitudes and phases, peak near 1. */
  static float[] chord(int length) {
    double[] hertz = {220, 440, 660, 1100};
    double[] amplitude = {0.5, 0.3, 0.2, 0.1};
    double[] phase = {0, 1.1, 2.3, 0.7};
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      double v = 0;
      for (int p = 0; p < hertz.length; p++) {
        v += amplitude[p] * Math.sin(2 * Math.PI * hertz[p] * i / RATE + phase[p]);
      }
      x[i] = (float) v;
    }
    return x;
  }

  /** The symmetric level whose clipping gives {@code x} the target input SDR, by bisection. */
  static float levelFor(float[] x, double targetDb) {
    double lo = 0;
    double hi = 2;
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      float level = (float) mid;
      if (Sdr.db(x, Signals.clip(x, level, level)) < targetDb) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (float) hi;
  }
}
