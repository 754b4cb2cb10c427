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

  void add(float magnitude) {
    all.add(magnitude);
    if (magnitude > peak) {
      peak = magnitude;
      samplesAtPeak = 1;
    } else if (magnitude == peak) {
      samplesAtPeak++;
    }
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
