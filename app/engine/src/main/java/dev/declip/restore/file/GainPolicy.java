package dev.declip.restore.file;

import dev.declip.audio.SampleEncoding;
import dev.declip.levels.TruePeak;

/**
 * What an export does with the level: restoration puts peaks back above the clip level, and when
 * the clip level was full scale they rise above what integer output holds. The one policy both
 * shells hand the exporter.
 *
 * @param mode how the peaks are kept below the ceiling
 * @param ceilingDb the largest true peak allowed, in dBTP (ITU-R BS.1770-4), at most 0
 * @param makeupDb a gain applied first, in dB (for {@link Mode#FIXED} the only gain)
 */
public record GainPolicy(Mode mode, double ceilingDb, double makeupDb) {

  /** How the level is kept in bounds. */
  public enum Mode {
    /** Integer output: {@link #CEILING}; 32-bit float: {@link #FIXED}, peaks kept as they are. */
    AUTO,
    /** Lower the gain of the whole file just enough that its true peak meets the ceiling. */
    CEILING,
    /** Keep the gain; a look-ahead limiter brings restored peaks above the ceiling down to it. */
    LIMIT,
    /** The makeup gain and nothing else; integer output would clip what does not fit. */
    FIXED
  }

  public static final double DEFAULT_CEILING_DB = -0.3;

  public static final GainPolicy AUTOMATIC = new GainPolicy(Mode.AUTO, DEFAULT_CEILING_DB, 0);
  public static final GainPolicy NONE = new GainPolicy(Mode.FIXED, DEFAULT_CEILING_DB, 0);

  public GainPolicy {
    if (!Double.isFinite(makeupDb) || makeupDb > 24 || makeupDb < -96) {
      throw new IllegalArgumentException("gain must be between -96 and +24 dB, got " + makeupDb);
    }
    if (!Double.isFinite(ceilingDb) || ceilingDb > 0 || ceilingDb < -20) {
      throw new IllegalArgumentException(
          "the ceiling must be between -20 and 0 dBTP, got " + ceilingDb);
    }
  }

  public static GainPolicy fixed(double db) {
    return new GainPolicy(Mode.FIXED, DEFAULT_CEILING_DB, db);
  }

  public GainPolicy withMode(Mode value) {
    return new GainPolicy(value, ceilingDb, makeupDb);
  }

  public GainPolicy withCeilingDb(double value) {
    return new GainPolicy(mode, value, makeupDb);
  }

  public GainPolicy withMakeupDb(double value) {
    return new GainPolicy(mode, ceilingDb, value);
  }

  /** The mode as it applies to an encoding ({@link Mode#AUTO} resolved). */
  public Mode modeFor(SampleEncoding encoding) {
    if (mode != Mode.AUTO) {
      return mode;
    }
    return encoding.canExceedFullScale() ? Mode.FIXED : Mode.CEILING;
  }

  /**
   * What this policy does to audio of these levels written in this encoding: known before the first
   * sample is written, so the dialog can show it and the encoder apply it in one pass.
   */
  public GainPlan plan(RestoredLevels levels, SampleEncoding encoding) {
    double ceiling = TruePeak.linear(ceilingDb);
    float makeup = (float) TruePeak.linear(makeupDb);
    Mode effective = modeFor(encoding);
    return switch (effective) {
      case FIXED ->
          new GainPlan(
              effective,
              makeup,
              false,
              ceiling,
              levels.truePeak() * makeup,
              levels.samplePeak() * makeup);
      case LIMIT -> {
        boolean limits = levels.restoredTruePeak() * (double) makeup > ceiling;
        double truePeak =
            Math.max(
                Math.min(ceiling, levels.restoredTruePeak() * (double) makeup),
                levels.otherTruePeak() * (double) makeup);
        yield new GainPlan(
            effective,
            makeup,
            limits,
            ceiling,
            truePeak,
            limits
                ? Math.max(ceiling, levels.otherSamplePeak() * (double) makeup)
                : levels.samplePeak() * makeup);
      }
      default -> {
        float gain = fit(levels.truePeak(), ceiling, makeup);
        gain = fit(levels.samplePeak(), OutputTarget.ceiling(encoding), gain);
        yield new GainPlan(
            effective,
            gain,
            false,
            ceiling,
            levels.truePeak() * (double) gain,
            levels.samplePeak() * (double) gain);
      }
    };
  }

  /**
   * {@code gain}, or less when {@code peak} times it would exceed {@code ceiling}. The gain is kept
   * a float because the writers multiply in float; a float times a float is exact in a double.
   */
  static float fit(double peak, double ceiling, float gain) {
    if (!(peak * gain > ceiling)) {
      return gain;
    }
    float fitted = (float) (ceiling / peak);
    while ((float) peak * (double) fitted > ceiling) {
      fitted = Math.nextDown(fitted); // the ratio rounds, sometimes one step up
    }
    return fitted;
  }
}
