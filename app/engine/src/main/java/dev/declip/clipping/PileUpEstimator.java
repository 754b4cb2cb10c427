package dev.declip.clipping;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the clip level of one polarity from the amplitude histogram: clipping piles samples up at
 * the level, so a narrow band there holds far more samples than the density just below predicts.
 *
 * <p>Two scales are searched first. The hard scale (0.25 % wide, most of its samples on plateaus)
 * finds flat clipping as it left a converter or a digital mixer. The soft scale (2 % wide) finds
 * clipping that dither or mild coding turned into a ripple a few percent around the old level;
 * there the level is set at the lower flank of the pile, so the rippling samples count as clipped.
 * Natural peaks, even a pure sine whose density rises towards its crest, pile up far less (a sine
 * reaches about 3 times the density below on the soft scale, and 6 on the hard scale).
 *
 * <p>Loud music clipped and then coded at 96-192 kbps piles up too little for either: the pile is
 * 3-6 % wide and sits on the dense flanks of every loud wave. Two lossy scales (3 and 6 % wide)
 * accept a much weaker sample pile when the half-wave crests pile up there too ({@link CrestPile});
 * when one polarity alone is too weak, the histograms of all polarities of all channels are added
 * up to find the band, and each polarity is then confirmed at that band by relaxed thresholds. A
 * polarity that still finds nothing counts when it merely holds its ordinary density just above a
 * level that another polarity of the file found on its own.
 */
final class PileUpEstimator {

  /**
   * @param background relative width of the band below a candidate pile whose density serves as the
   *     reference
   */
  private record Scale(
      double width,
      double gap,
      double background,
      double minRatio,
      double sigmas,
      boolean needsPlateau) {}

  private static final Scale HARD = new Scale(0.0025, 0.0025, 0.04, 15, 3, true);
  private static final Scale SOFT = new Scale(0.02, 0.01, 0.04, 4.5, 3, false);
  private static final Scale LOSSY = new Scale(0.06, 0.02, 0.10, 1.0, 3, false);
  private static final Scale LOSSY_NARROW = new Scale(0.03, 0.01, 0.08, 1.2, 3, false);
  private static final Scale CONFIRMING = new Scale(0.06, 0.02, 0.10, 0.9, 3, false);

  /**
   * For one polarity next to a level another polarity of the file reached on its own: that level is
   * already strong evidence, so the pile need only hold the density found below it, without a
   * margin for chance.
   */
  private static final Scale SIBLING = new Scale(0.06, 0.02, 0.10, 0.8, 0, false);

  /** How far above a sibling's level (a pile's lower flank) this polarity's pile may start. */
  private static final double SIBLING_REACH = 0.05;

  /** How far one polarity's pile may sit from the band shared by all channels. */
  private static final double SHARED_TOLERANCE = 0.02;

  /** How far below the peak a pile may sit: lossy overshoot above the level stays well within. */
  private static final double SEARCH_DEPTH = 0.3;

  /** Fewest samples that make a pile, so that a handful of natural peaks never do. */
  private static final int MIN_PILE = 5;

  /** The flank of a soft pile ends where the density falls to this multiple of the reference. */
  private static final double FLANK_RATIO = 1.5;

  private record Pile(Scale scale, double low, long samples, double score) {}

  /**
   * @param lowestSwing the channel's most extreme sample of the other sign, as a signed magnitude
   *     in this polarity's direction; a level only counts if the signal swings below half of it, so
   *     that a constant (DC) signal is not reported as clipped
   */
  Optional<Float> estimate(PolarityStats stats, float lowestSwing) {
    float peak = stats.peak();
    if (!(peak > 0)) {
      return Optional.empty();
    }
    MagnitudeHistogram.Cumulative all = stats.all.cumulative();
    MagnitudeHistogram.Cumulative plateau = stats.plateau.cumulative();
    Pile best = null;
    for (Scale scale : new Scale[] {HARD, SOFT}) {
      Pile pile = bestPile(scale, peak, all, plateau, null, SEARCH_DEPTH);
      if (pile != null && (best == null || pile.score() > best.score())) {
        best = pile;
      }
    }
    Pile lossy = bestLossyPile(peak, all, plateau, crests(stats, CrestPile.STRICT));
    if (best == null || (lossy != null && holdsMostlyRipple(lossy, best))) {
      best = lossy;
    }
    if (best == null && stats.cutAtPeak()) {
      // Too few clipped samples to pile up, but the peak itself is a cut-off run: light clipping.
      return lowestSwing < 0.5f * peak ? Optional.of(peak) : Optional.empty();
    }
    return levelAbove(best, stats, all, lowestSwing);
  }

  /**
   * The lower edge of the lossy pile in {@code pooled}, the histograms of all polarities of all
   * channels added up: a converter clips every channel at one level, so together they hold enough
   * crests to find a pile that each alone holds too few to tell from chance.
   */
  OptionalDouble sharedLossyBand(PolarityStats pooled) {
    if (!(pooled.peak() > 0)) {
      return OptionalDouble.empty();
    }
    MagnitudeHistogram.Cumulative all = pooled.all.cumulative();
    Pile pile =
        bestLossyPile(
            pooled.peak(), all, pooled.plateau.cumulative(), crests(pooled, CrestPile.STRICT));
    return pile == null ? OptionalDouble.empty() : OptionalDouble.of(pile.low());
  }

  /**
   * The level of one polarity whose own lossy pile is too small to stand alone, if it piles up, by
   * relaxed thresholds, within {@link #SHARED_TOLERANCE} of the band all channels share.
   */
  Optional<Float> estimateAt(PolarityStats stats, float lowestSwing, double sharedLow) {
    float peak = stats.peak();
    if (!(peak > 0) || peak < sharedLow) {
      return Optional.empty();
    }
    return confirmNear(
        stats, lowestSwing, sharedLow, SHARED_TOLERANCE, CONFIRMING, CrestPile.CONFIRMING);
  }

  /**
   * The level of one polarity whose own lossy pile is too small to stand alone, if it piles up, by
   * still more relaxed thresholds, near {@code siblingLevel}, the level another polarity of the
   * same file reached on its own evidence.
   */
  Optional<Float> estimateNear(PolarityStats stats, float lowestSwing, float siblingLevel) {
    float peak = stats.peak();
    if (!(peak > siblingLevel)) {
      return Optional.empty();
    }
    return confirmNear(stats, lowestSwing, siblingLevel, SIBLING_REACH, SIBLING, CrestPile.SIBLING);
  }

  /** The best pile of one polarity within {@code reach} (relative) of {@code anchor}, if any. */
  private static Optional<Float> confirmNear(
      PolarityStats stats,
      float lowestSwing,
      double anchor,
      double reach,
      Scale scale,
      CrestPile.Thresholds crestThresholds) {
    MagnitudeHistogram.Cumulative all = stats.all.cumulative();
    float top = (float) Math.min(stats.peak(), anchor * (1 + reach));
    Pile pile =
        bestPile(
            scale, top, all, stats.plateau.cumulative(), crests(stats, crestThresholds), reach * 2);
    return levelAbove(pile, stats, all, lowestSwing);
  }

  /**
   * Whether {@code flat}, a flat pile, is only the top of {@code lossy}: a decoder that clamps at
   * full scale flattens the overshoot of lossy-coded clipping there, but most clipped samples still
   * ripple below it.
   */
  private static boolean holdsMostlyRipple(Pile lossy, Pile flat) {
    double top = lossy.low() * (1 + lossy.scale().width() + lossy.scale().gap());
    return lossy.low() <= flat.low() && flat.low() < top && 2 * flat.samples() < lossy.samples();
  }

  /** Lossy piles are wider the lower the bit rate: two widths cover 96 to 320 kbps. */
  private static Pile bestLossyPile(
      float peak,
      MagnitudeHistogram.Cumulative all,
      MagnitudeHistogram.Cumulative plateau,
      CrestPile crests) {
    Pile wide = bestPile(LOSSY, peak, all, plateau, crests, SEARCH_DEPTH);
    Pile narrow = bestPile(LOSSY_NARROW, peak, all, plateau, crests, SEARCH_DEPTH);
    if (wide == null || narrow == null) {
      return wide == null ? narrow : wide;
    }
    return narrow.score() > wide.score() ? narrow : wide;
  }

  private static CrestPile crests(PolarityStats stats, CrestPile.Thresholds thresholds) {
    return new CrestPile(stats.crests.cumulative(), thresholds);
  }

  private static Optional<Float> levelAbove(
      Pile pile, PolarityStats stats, MagnitudeHistogram.Cumulative all, float lowestSwing) {
    if (pile == null) {
      return Optional.empty();
    }
    float level = levelOf(pile, stats, all);
    return lowestSwing < 0.5f * level ? Optional.of(level) : Optional.empty();
  }

  private static Pile bestPile(
      Scale scale,
      float peak,
      MagnitudeHistogram.Cumulative all,
      MagnitudeHistogram.Cumulative plateau,
      CrestPile crests,
      double depth) {
    Pile best = null;
    int top = MagnitudeHistogram.binOf(peak);
    for (int bin = top; bin > 0; bin--) {
      double low = MagnitudeHistogram.lowerEdge(bin);
      if (low < peak * (1 - Math.min(depth, SEARCH_DEPTH))) {
        break;
      }
      double high = low * (1 + scale.width());
      long samples = all.between(low, high);
      double bandTop = low * (1 - scale.gap());
      long background = all.between(bandTop * (1 - scale.background()), bandTop);
      double expected = background * scale.width() / scale.background();
      double ratio = (samples / scale.width()) / ((background + 1) / scale.background());
      boolean significant =
          samples
              >= scale.minRatio() * expected
                  + scale.sigmas() * Math.sqrt(scale.minRatio() * expected)
                  + MIN_PILE;
      boolean flat = !scale.needsPlateau() || 2 * plateau.between(low, high) >= samples;
      double score = ratio / scale.minRatio();
      boolean crested =
          crests == null || crests.piles(low, high, samples, bandTop, scale.background());
      if (significant && flat && crested && score >= 1 && (best == null || score > best.score())) {
        best = new Pile(scale, low, samples, score);
      }
    }
    return best;
  }

  private static float levelOf(Pile pile, PolarityStats stats, MagnitudeHistogram.Cumulative all) {
    if (2 * stats.samplesAtPeak() >= pile.samples()) {
      return stats.peak(); // an exactly flat plateau: the level is its value, to the last bit
    }
    double bandTop = pile.low() * (1 - pile.scale().width() / 2);
    double background = pile.scale().background();
    double reference = (all.between(bandTop * (1 - background), bandTop) + 1) / background;
    int bin = MagnitudeHistogram.firstBinAtOrAbove(pile.low());
    while (bin > 3) {
      double width = 1 - MagnitudeHistogram.lowerEdge(bin - 3) / MagnitudeHistogram.lowerEdge(bin);
      double density = (all.atOrAbove(bin - 3) - all.atOrAbove(bin)) / width;
      if (density <= FLANK_RATIO * reference) {
        break;
      }
      bin--;
    }
    return MagnitudeHistogram.lowerEdge(bin);
  }
}
