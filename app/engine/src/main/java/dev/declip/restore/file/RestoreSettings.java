package dev.declip.restore.file;

import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClipLevelOverride;
import java.util.Optional;

/**
 * How to restore and write one file.
 *
 * @param tau the eq. 16 blending threshold, as a fraction of the clip level
 * @param consistent project the result onto the consistent set (clipped samples keep their sign and
 *     reach at least their clip level; unclipped samples stay exactly as recorded)
 * @param levels clip levels set by hand, or empty to detect them
 * @param encoding the output's sample encoding, or empty for the input's own bit depth
 * @param gain what to do with peaks the output cannot hold
 * @param overwrite whether an existing output file may be replaced (never the input)
 * @param span the part of the recording to restore; the rest is written as decoded
 */
public record RestoreSettings(
    double tau,
    boolean consistent,
    Optional<ClipLevelOverride> levels,
    Optional<SampleEncoding> encoding,
    GainPolicy gain,
    boolean overwrite,
    TimeSpan span) {

  public static final double DEFAULT_TAU = 0.95;

  public RestoreSettings {
    if (!(tau > 0 && tau <= 1)) {
      throw new IllegalArgumentException("tau must be in (0, 1], got " + tau);
    }
  }

  public static RestoreSettings defaults() {
    return new RestoreSettings(
        DEFAULT_TAU,
        true,
        Optional.empty(),
        Optional.empty(),
        GainPolicy.AUTOMATIC,
        false,
        TimeSpan.WHOLE);
  }

  public RestoreSettings withLevels(ClipLevelOverride override) {
    return new RestoreSettings(
        tau, consistent, Optional.of(override), encoding, gain, overwrite, span);
  }

  public RestoreSettings withEncoding(SampleEncoding value) {
    return new RestoreSettings(tau, consistent, levels, Optional.of(value), gain, overwrite, span);
  }

  public RestoreSettings withGain(GainPolicy value) {
    return new RestoreSettings(tau, consistent, levels, encoding, value, overwrite, span);
  }

  public RestoreSettings withTau(double value) {
    return new RestoreSettings(value, consistent, levels, encoding, gain, overwrite, span);
  }

  public RestoreSettings withConsistency(boolean value) {
    return new RestoreSettings(tau, value, levels, encoding, gain, overwrite, span);
  }

  public RestoreSettings withSpan(TimeSpan value) {
    return new RestoreSettings(tau, consistent, levels, encoding, gain, overwrite, value);
  }

  public RestoreSettings withOverwrite(boolean value) {
    return new RestoreSettings(tau, consistent, levels, encoding, gain, value, span);
  }
}
