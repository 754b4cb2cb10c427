package dev.declip.clipping;

/**
 * What pass 1 keeps about one polarity of one channel: the magnitudes, the magnitudes of samples
 * that sit on a plateau (a neighbour within {@link #PLATEAU_TOLERANCE}), the crest (largest
 * magnitude) of every half-wave, and the exact peak with how many samples reached it.
 */
final class PolarityStats {

  /** Relative difference under which two neighbouring samples form a plateau. */
  static final float PLATEAU_TOLERANCE = 0.0025f;

  final MagnitudeHistogram all = new MagnitudeHistogram();
  final MagnitudeHistogram plateau = new MagnitudeHistogram();
  final MagnitudeHistogram crests = new MagnitudeHistogram();
  private float peak;
  private long samplesAtPeak;
  private float runPeak;
  private long steepRunsAtRunPeak;

  /**
   * How far (relative to the level) a run of equal samples must stand above both its neighbours to
   * count as cut off. A natural crest holds two equal samples only where it is nearly flat, its
   * neighbours within a hair of it (a 1 kHz crest at 44.1 kHz: about 1 % below); a clipped one is
   * entered and left on the slope of the wave that was cut.
   */
  static final float STEEP_STEP = 0.002f;

  void add(float magnitude) {
    all.add(magnitude);
    if (magnitude > peak) {
      peak = magnitude;
      samplesAtPeak = 1;
    } else if (magnitude == peak) {
      samplesAtPeak++;
    }
  }

  /**
   * Books a run of {@code length} equal samples of {@code magnitude}, {@code step} above the lower
   * of its two neighbours. Only runs at the highest magnitude seen in runs so far are remembered.
   */
  void addRun(float magnitude, long length, float step) {
    if (length < 2 || magnitude < runPeak) {
      return;
    }
    if (magnitude > runPeak) {
      runPeak = magnitude;
      steepRunsAtRunPeak = 0;
    }
    if (step >= STEEP_STEP * magnitude) {
      steepRunsAtRunPeak++;
    }
  }

  /**
   * Whether the peak is held by at least one run of two or more equal samples that the signal
   * enters and leaves steeply: the mark of digital clipping even where it struck only once.
   */
  boolean cutAtPeak() {
    return runPeak == peak && peak > 0 && steepRunsAtRunPeak > 0;
  }

  void addPlateau(float magnitude) {
    plateau.add(magnitude);
  }

  void addCrest(float magnitude) {
    crests.add(magnitude);
  }

  /** Adds {@code other}'s histograms and peak to these. */
  void addAll(PolarityStats other) {
    all.addAll(other.all);
    plateau.addAll(other.plateau);
    crests.addAll(other.crests);
    if (other.peak > peak) {
      peak = other.peak;
      samplesAtPeak = other.samplesAtPeak;
    } else if (other.peak == peak) {
      samplesAtPeak += other.samplesAtPeak;
    }
  }

  float peak() {
    return peak;
  }

  long samplesAtPeak() {
    return samplesAtPeak;
  }

  static boolean formPlateau(float magnitude, float previousMagnitude) {
    return Math.abs(magnitude - previousMagnitude) <= PLATEAU_TOLERANCE * magnitude;
  }
}
