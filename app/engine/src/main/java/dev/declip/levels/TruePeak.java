package dev.declip.levels;

/**
 * The true peak of ITU-R BS.1770-4, Annex 2: the signal oversampled four times by the
 * Recommendation's 48-tap interpolating filter (four phases of 12 taps), and the largest magnitude
 * among the oversampled values and the samples themselves. A peak between two samples can rise
 * above both; a true peak of 0 dBTP or less is what a converter reconstructs without clipping.
 */
public final class TruePeak {
  /** Taps per phase. */
  static final int TAPS = 12;

  /**
   * The filter's delay in input samples, rounded up: the oversampled values of index {@code n}
   * interpolate between samples {@code n - 6} and {@code n - 5}.
   */
  public static final int DELAY = 6;

  /** Annex 2's coefficients, phase by phase. */
  private static final double[][] PHASES = {
    {
      0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875,
      0.1373291015625, 0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250,
      0.0148925781250, -0.0083007812500
    },
    {
      -0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500,
      0.4650878906250, 0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625,
      0.0330810546875, -0.0189208984375
    },
    {
      -0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000, -0.2003173828125,
      0.7797851562500, 0.4650878906250, -0.1665039062500, 0.0891113281250, -0.0517578125000,
      0.0292968750000, -0.0291748046875
    },
    {
      -0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.1022949218750,
      0.9721679687500, 0.1373291015625, -0.0594482421875, 0.0332031250000, -0.0196533203125,
      0.0109863281250, 0.0017089843750
    }
  };

  private TruePeak() {}

  /**
   * The largest magnitude of the four oversampled values computed from {@code x[n-11..n]}.
   *
   * @param n at least 11
   */
  static float oversampled(float[] x, int n) {
    double peak = 0;
    for (double[] phase : PHASES) {
      double sum = 0;
      for (int j = 0; j < TAPS; j++) {
        sum += phase[j] * x[n - j];
      }
      peak = Math.max(peak, Math.abs(sum));
    }
    return (float) peak;
  }

  /**
   * The true peak around each sample: its magnitude and the oversampled values between it and each
   * neighbour.
   *
   * @param x the samples, with {@link #DELAY} samples of context before {@code from} and after
   *     {@code to} (zeros beyond the ends of a file)
   * @param out receives the true peak of {@code x[from + i]} at {@code out[i]}
   */
  public static void perSample(float[] x, int from, int to, float[] out) {
    float before = oversampled(x, from + DELAY - 1);
    for (int k = from; k < to; k++) {
      float after = oversampled(x, k + DELAY);
      out[k - from] = Math.max(Math.abs(x[k]), Math.max(before, after));
      before = after;
    }
  }

  /**
   * Which samples lie within the filter's reach ({@link #DELAY} samples) of a changed one: their
   * true peak depends on the change, so it counts as the change's.
   */
  public static boolean[] near(boolean[] changed) {
    boolean[] near = new boolean[changed.length];
    int last = -DELAY - 1;
    for (int i = 0; i < changed.length; i++) {
      last = changed[i] ? i : last;
      near[i] = i - last <= DELAY;
    }
    last = changed.length + DELAY + 1;
    for (int i = changed.length - 1; i >= 0; i--) {
      last = changed[i] ? i : last;
      near[i] |= last - i <= DELAY;
    }
    return near;
  }

  /** The true peak of a whole signal, zeros before and after it. */
  public static float of(float[] signal) {
    float[] x = new float[signal.length + 2 * DELAY];
    System.arraycopy(signal, 0, x, DELAY, signal.length);
    float[] each = new float[signal.length];
    perSample(x, DELAY, DELAY + signal.length, each);
    float peak = 0;
    for (float p : each) {
      peak = Math.max(peak, p);
    }
    return peak;
  }

  /** The true peak of several channels: the largest of theirs. */
  public static float of(float[][] channels) {
    float peak = 0;
    for (float[] channel : channels) {
      peak = Math.max(peak, of(channel));
    }
    return peak;
  }

  /** Linear full scale to dB (dBFS or dBTP), −∞ for silence. */
  public static double db(double linear) {
    return 20 * Math.log10(linear);
  }

  /** dB to linear full scale. */
  public static double linear(double db) {
    return Math.pow(10, db / 20);
  }
}
