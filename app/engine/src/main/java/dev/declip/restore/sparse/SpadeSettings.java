package dev.declip.restore.sparse;

/**
 * The parameters of {@link ASpade}.
 *
 * <p>{@code epsilon} is the stopping threshold on {@code ||A x - z||} in units where the clip level
 * is 1. The SPADE papers and the declipping survey (Záviška et al.) peak-normalise each recording
 * before clipping it at a threshold {@code theta < 1} and use {@code epsilon = 0.1} in those units;
 * our 0.1 equals their {@code 0.1 theta}, so it is stricter on heavily clipped signals (small
 * theta) and means the same thing on any recording whatever its level or loudness.
 *
 * @param epsilon stopping threshold, clip level = 1 (> 0)
 * @param windowAt22050 Hann window length at 22 050 Hz; other rates scale it to the nearest power
 *     of two (2048 at 44.1 and 48 kHz); a power of two >= 16
 * @param maxIterations iterations after which a frame stops unconverged (>= 1); k grows by one per
 *     iteration, so this also caps the number of kept coefficient pairs
 */
public record SpadeSettings(double epsilon, int windowAt22050, int maxIterations) {

  /** Kitić et al. 2015 and Záviška et al. 2019: 1024 samples at 22 050 Hz, epsilon 0.1. */
  public static final SpadeSettings DEFAULTS = new SpadeSettings(0.1, 1024, 4000);

  public SpadeSettings {
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
    }
    if (windowAt22050 < 16 || Integer.bitCount(windowAt22050) != 1) {
      throw new IllegalArgumentException(
          "window length must be a power of two >= 16, got " + windowAt22050);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
    }
  }

  /**
   * The window length at {@code sampleRate}: the power of two nearest (in octaves) the scaled
   * length.
   */
  public int windowLength(int sampleRate) {
    double scaled = windowAt22050 * (sampleRate / 22050.0);
    int octaves = (int) Math.round(Math.log(scaled) / Math.log(2));
    return 1 << Math.max(4, Math.min(octaves, 24));
  }
}
