package dev.declip.clipping;

/**
 * The second cue for clipping that lossy coding smeared into a ripple a few percent wide: the
 * crests of the half-waves. In the amplitude histogram the smeared pile sits on the dense flanks of
 * every loud wave, and a loud passage can hold nearly as many samples just below the level; but
 * each half-wave has one crest, and every half-wave that was clipped now crests within a few
 * percent of the level, while natural crests thin out towards the top. A pure tone crests at one
 * height exactly, so a crest pile that sits in one narrow sub-band is a tone, not clipping.
 */
final class CrestPile {

  /** How many times the crest density below the pile the pile must reach. */
  private static final double MIN_RATIO = 1.3;
  /** Fewest crests that make a pile, so that a few chance crests never do. */
  private static final int MIN_CRESTS = 8;
  /** Relative width of the sub-bands that test whether the crests all sit at one height. */
  private static final double SUB_BAND = 0.015;
  /** Largest share of the pile's crests one sub-band may hold. */
  private static final double MAX_SHARE = 0.8;

  private final MagnitudeHistogram.Cumulative crests;

  CrestPile(MagnitudeHistogram.Cumulative crests) {
    this.crests = crests;
  }

  /**
   * Whether the crests in [{@code low}, {@code high}) pile up against those in the band of relative
   * width {@code background} below {@code bandTop}.
   */
  boolean piles(double low, double high, double bandTop, double background) {
    long inBand = crests.between(low, high);
    long below = crests.between(bandTop * (1 - background), bandTop);
    double expected = below * ((high - low) / low) / background;
    double ratio = inBand / (expected + (high - low) / low / background);
    boolean significant =
        inBand >= MIN_RATIO * expected + 3 * Math.sqrt(MIN_RATIO * expected) + MIN_CRESTS;
    return significant && ratio >= MIN_RATIO && densestSubBand(low, high) <= MAX_SHARE * inBand;
  }

  private long densestSubBand(double low, double high) {
    long densest = 0;
    for (double from = low; from < high; from *= 1 + SUB_BAND / 2) {
      densest = Math.max(densest, crests.between(from, Math.min(high, from * (1 + SUB_BAND))));
    }
    return densest;
  }
}
