package dev.declip.clipping;

/**
 * The second cue for clipping that lossy coding smeared into a ripple a few percent wide: the
 * crests of the half-waves. In the amplitude histogram the smeared pile sits on the dense flanks of
 * every loud wave, and a loud passage can hold nearly as many samples just below the level; but
 * each half-wave has one crest, and every half-wave that was clipped now crests within a few
 * percent of the level, while natural crests thin out towards the top.
 *
 * <p>A steady tone also crests at one height. Three tests tell it apart: a low tone crests within
 * one narrow sub-band (sampling moves its crests by less than 1.5 %); a high tone spends only a
 * sample or two near each crest, where a clipped plateau spends many ("dwell"); and sampling
 * spreads the crests of a tone of a few kHz over up to 10 % with ever more of them towards the top,
 * where clipped crests thin out above the level (only the codec's overshoot reaches there).
 */
final class CrestPile {

  /**
   * @param minRatio how many times the crest density below the pile the pile must reach
   * @param minCrests fewest crests that make a pile, so that a few chance crests never do
   * @param sigmas how many standard deviations of chance (Poisson) the pile must exceed by
   */
  record Thresholds(double minRatio, int minCrests, double sigmas) {}

  /** For one polarity on its own. */
  static final Thresholds STRICT = new Thresholds(1.35, 8, 3);

  /** For one polarity at a band that all polarities of all channels together confirmed. */
  static final Thresholds CONFIRMING = new Thresholds(1.1, 3, 1.5);

  /** For one polarity next to a level another polarity of the file reached on its own. */
  static final Thresholds SIBLING = new Thresholds(0.8, 3, 0);

  /** Relative width of the sub-bands that test whether the crests all sit at one height. */
  private static final double SUB_BAND = 0.015;

  /** Largest share of the pile's crests one sub-band may hold. */
  private static final double MAX_SHARE = 0.8;

  /** Most crests, as a share of the pile's, in a band as wide as the pile just above it. */
  private static final double MAX_ABOVE = 0.8;

  /** Fewest samples per crest in the pile. */
  private static final double MIN_DWELL = 3;

  private final MagnitudeHistogram.Cumulative crests;
  private final Thresholds thresholds;

  CrestPile(MagnitudeHistogram.Cumulative crests, Thresholds thresholds) {
    this.crests = crests;
    this.thresholds = thresholds;
  }

  /**
   * Whether the crests in [{@code low}, {@code high}), where {@code samples} samples lie, pile up
   * against those in the band of relative width {@code background} below {@code bandTop}.
   */
  boolean piles(double low, double high, long samples, double bandTop, double background) {
    long inBand = crests.between(low, high);
    long below = crests.between(bandTop * (1 - background), bandTop);
    double width = (high - low) / low;
    double expected = below * width / background;
    double ratio = inBand / ((below + 1) * width / background);
    double minRatio = thresholds.minRatio();
    boolean significant =
        inBand
            >= minRatio * expected
                + thresholds.sigmas() * Math.sqrt(minRatio * expected)
                + thresholds.minCrests();
    return significant
        && ratio >= minRatio
        && samples >= MIN_DWELL * inBand
        && crests.between(high, high * (1 + width)) <= MAX_ABOVE * inBand
        && densestSubBand(low, high) <= MAX_SHARE * inBand;
  }

  private long densestSubBand(double low, double high) {
    long densest = 0;
    for (double from = low; from < high; from *= 1 + SUB_BAND / 2) {
      densest = Math.max(densest, crests.between(from, Math.min(high, from * (1 + SUB_BAND))));
    }
    return densest;
  }
}
