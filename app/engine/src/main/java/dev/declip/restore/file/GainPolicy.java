package dev.declip.restore.file;

import dev.declip.audio.SampleEncoding;
import java.util.Locale;

/**
 * What to do with restored peaks above full scale. Restoration puts peaks back above the clip
 * level; when the clip level was full scale, integer output cannot hold them.
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

  /** A note for the user about an automatic reduction, e.g. "gain reduced by 6.02 dB so ...". */
  static String describeReduction(double linearGain, SampleEncoding encoding) {
    double db = -20 * Math.log10(linearGain);
    String amount = db < 0.01 ? "less than 0.01 dB" : String.format(Locale.ROOT, "%.2f dB", db);
    return "gain reduced by " + amount + " so restored peaks fit " + encoding;
  }

  /**
   * The linear gain to apply, given the restored peak and the largest value the output can hold
   * ({@code Double.POSITIVE_INFINITY} for float output).
   */
  public double linearGain(double peak, double outputCeiling) {
    if (!automatic) {
      return Math.pow(10, fixedDb / 20);
    }
    if (!(peak > outputCeiling)) {
      return 1.0;
    }
    // The ratio rounds, sometimes one step up: step down until the peak fits. The gain is kept a
    // float because the writers multiply in float; a float times a float is exact in a double.
    float gain = (float) (outputCeiling / peak);
    while ((float) peak * (double) gain > outputCeiling) {
      gain = Math.nextDown(gain);
    }
    return gain;
  }
}
