package dev.declip.restore.sparse;

/**
 * The parameters of {@link ASpade} and of its seeded form.
 *
 * <p>{@code epsilon} is the stopping threshold on {@code ||A x - z||} in units where the clip level
 * is 1. The SPADE papers and the declipping survey (Záviška et al.) peak-normalise each recording
 * before clipping it at a threshold {@code theta < 1} and use {@code epsilon = 0.1} in those units,
 * which is {@code 0.1 / theta} in ours: our 0.1 is stricter on heavily clipped signals (small
 * theta) and means the same thing on any recording whatever its level or loudness.
 *
 * @param epsilon stopping threshold, clip level = 1 (> 0)
 * @param windowAt22050 Hann window length at 22 050 Hz; other rates scale it to the nearest power
 *     of two (2048 at 44.1 and 48 kHz); a power of two >= 16
 * @param maxIterations iterations after which a frame stops unconverged (>= 1)
 * @param startShare 0 for plain A-SPADE (start at k = 1); else the share of the starting frame's
 *     energy whose bins give the starting k, in (0, 1]
 * @param growth k grows to {@code max(k + 1, k * growth)} per iteration (>= 1; 1 is A-SPADE's k +=
 *     1)
 */
public record SpadeSettings(
    double epsilon, int windowAt22050, int maxIterations, double startShare, double growth) {

  /** Kitić et al. 2015 and Záviška et al. 2019: 1024 samples at 22 050 Hz, epsilon 0.1. */
  public static final SpadeSettings DEFAULTS = new SpadeSettings(0.1, 1024, 4000);

  /**
   * The fastest A-SPADE at the defaults' SDR, what users get: epsilon 1, the survey's for a
   * recording clipped at a tenth of its peak. On Table II it stopped after half the iterations of
   * epsilon 0.1 per frame at the same SDR (docs/quality.md, {@code declip-train sparse}).
   */
  public static final SpadeSettings FASTEST = DEFAULTS.withEpsilon(1.0);

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
    if (!(startShare >= 0 && startShare <= 1)) {
      throw new IllegalArgumentException("start share must be in [0, 1], got " + startShare);
    }
    if (!(growth >= 1)) {
      throw new IllegalArgumentException("growth must be >= 1, got " + growth);
    }
  }

  /** Plain A-SPADE: k starts at 1 and grows by one per iteration. */
  public SpadeSettings(double epsilon, int windowAt22050, int maxIterations) {
    this(epsilon, windowAt22050, maxIterations, 0, 1);
  }

  public SpadeSettings withEpsilon(double value) {
    return new SpadeSettings(value, windowAt22050, maxIterations, startShare, growth);
  }

  public SpadeSettings withMaxIterations(int value) {
    return new SpadeSettings(epsilon, windowAt22050, value, startShare, growth);
  }

  /** A seeded schedule: k0 from {@code share} of the start's energy, k times {@code growth}. */
  public SpadeSettings withSchedule(double share, double growthFactor) {
    return new SpadeSettings(epsilon, windowAt22050, maxIterations, share, growthFactor);
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
