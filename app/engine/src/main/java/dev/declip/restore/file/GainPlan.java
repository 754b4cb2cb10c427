package dev.declip.restore.file;

import dev.declip.levels.TruePeak;

/**
 * What an export will do to the level, worked out from the restored levels before it writes.
 *
 * @param mode the policy's mode for this encoding
 * @param gain the linear gain applied to every sample (a float, as the writers multiply)
 * @param limits whether the limiter will lower restored peaks
 * @param ceiling the true-peak ceiling, linear
 * @param truePeakAfter the true peak of the file written (the ceiling where the limiter acts)
 * @param samplePeakAfter the sample peak of the file written (at most the ceiling where limited)
 */
public record GainPlan(
    GainPolicy.Mode mode,
    float gain,
    boolean limits,
    double ceiling,
    double truePeakAfter,
    double samplePeakAfter) {

  public double gainDb() {
    return TruePeak.db(gain);
  }
}
