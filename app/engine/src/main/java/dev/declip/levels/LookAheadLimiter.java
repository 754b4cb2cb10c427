package dev.declip.levels;

/**
 * Brings restored peaks above a ceiling down to it without touching the rest of the recording more
 * than it must. Only restored samples trigger it: a restored sample whose true peak, at the
 * export's gain, rises above the ceiling asks for the gain {@code ceiling / peak} at that sample.
 * The gain holds for {@link #HOLD} samples on either side (so the interpolation filter, which
 * reaches six samples each way, sees the whole neighbourhood lowered alike), falls towards it
 * linearly over the {@code attack} samples before (the look-ahead) and recovers over the {@code
 * release} samples after. Channels share one gain, so the stereo image does not shift.
 *
 * <p>The trade-off: a clamp of the offending samples alone would leave every other sample as it
 * was, but it is clipping again, the distortion the restore removed. The ramps keep the gain change
 * smooth at the cost of lowering the unclipped samples within a few milliseconds of a restored peak
 * a little; everything farther away is left exactly as the export's gain makes it.
 */
public final class LookAheadLimiter {
  /** Samples on either side of a peak that take its full reduction. */
  public static final int HOLD = 8;

  private final double ceiling;
  private final int attack;
  private final int release;

  /**
   * @param ceiling the largest true peak allowed, linear
   * @param attack samples over which the gain falls before a peak
   * @param release samples over which it recovers after one
   */
  public LookAheadLimiter(double ceiling, int attack, int release) {
    this.ceiling = ceiling;
    this.attack = attack;
    this.release = release;
  }

  /** The limiter for a sample rate: a 2 ms look-ahead and a 20 ms release. */
  public static LookAheadLimiter at(double ceiling, int sampleRate) {
    return new LookAheadLimiter(ceiling, sampleRate / 500, sampleRate / 50);
  }

  /** How far before a block the samples that can lower its gain lie (release side). */
  public int reachBefore() {
    return HOLD + release + TruePeak.DELAY;
  }

  /** How far after a block the samples that can lower its gain lie (look-ahead side). */
  public int reachAfter() {
    return HOLD + attack + TruePeak.DELAY;
  }

  /**
   * The gain of each sample of {@code [from, to)}, between 0 and 1, to multiply on top of {@code
   * gain}.
   *
   * @param x the audio of every channel, covering at least {@link #reachBefore()} samples before
   *     {@code from} and {@link #reachAfter()} after {@code to} (zeros beyond the file)
   * @param restored which samples of {@code x} a restore changed
   * @param gain the export's gain before limiting
   * @param envelope receives the gain of {@code x[from + i]} at {@code envelope[i]}
   * @return the number of samples of {@code [from, to)} the limiter lowered
   */
  public int envelope(
      float[][] x, boolean[][] restored, int from, int to, double gain, float[] envelope) {
    java.util.Arrays.fill(envelope, 0, to - from, 1f);
    int lo = Math.max(TruePeak.DELAY, from - HOLD - release);
    int hi = Math.min(x[0].length - TruePeak.DELAY, to + HOLD + attack);
    float[] peaks = new float[Math.max(0, hi - lo)];
    for (int c = 0; c < x.length; c++) {
      TruePeak.perSample(x[c], lo, hi, peaks);
      for (int k = lo; k < hi; k++) {
        double level = gain * peaks[k - lo];
        boolean nearRestored =
            restored[c][k]
                || restored[c][k - 1]
                || (k + 1 < restored[c].length && restored[c][k + 1]);
        if (nearRestored && level > ceiling) {
          lower(k, (float) (ceiling / level), from, to, envelope);
        }
      }
    }
    int lowered = 0;
    for (int i = 0; i < to - from; i++) {
      lowered += envelope[i] < 1f ? 1 : 0;
    }
    return lowered;
  }

  /** Lays the gain curve of a peak at {@code k} needing gain {@code r} over the envelope. */
  private void lower(int k, float r, int from, int to, float[] envelope) {
    int start = Math.max(from, k - HOLD - attack);
    int end = Math.min(to, k + HOLD + release + 1);
    for (int i = start; i < end; i++) {
      int distance = Math.abs(i - k);
      float g;
      if (distance <= HOLD) {
        g = r;
      } else {
        int ramp = i < k ? attack : release;
        g = r + (1 - r) * (distance - HOLD) / (float) ramp;
      }
      if (g < envelope[i - from]) {
        envelope[i - from] = g;
      }
    }
  }
}
