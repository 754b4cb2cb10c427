package dev.declip.restore.file;

/**
 * What to do with restored peaks above full scale. Restoration puts peaks back above the clip level;
 * when the clip level was full scale, integer output cannot hold them.
 *
 * @param automatic reduce the gain just enough that the restored peak fits (integer output only)
 * @param fixedDb a gain in dB applied as asked when not automatic (0 = leave the level alone)
 */
public record GainPolicy(boolean automatic, double fixedDb) {

  public static final GainPolicy AUTOMATIC = new GainPolicy(true, 0);
  public static final GainPolicy NONE = new GainPolicy(false, 0);

  public GainPolicy {
    if (!Double.isFinite(fixedDb) || fixedDb > 24 || fixedDb < -96) {
      throw new IllegalArgumentException("gain must be between -96 and +24 dB, got " + fixedDb);
    }
  }

  public static GainPolicy fixed(double db) {
    return new GainPolicy(false, db);
  }

  /**
   * The linear gain to apply, given the restored peak and the largest value the output can hold
   * ({@code Double.POSITIVE_INFINITY} for float output).
   */
  public double linearGain(double peak, double outputCeiling) {
    if (!automatic) {
      return Math.pow(10, fixedDb / 20);
    }
    return peak > outputCeiling ? outputCeiling / peak : 1.0;
  }
}
