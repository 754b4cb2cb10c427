package dev.declip.clipping;

/**
 * Counts sample magnitudes in fixed logarithmic bins, so that memory stays bounded however long the
 * file is. A bin is the float's exponent plus its top 10 mantissa bits: each bin is at most 0.1 %
 * (0.0085 dB) wide, from about -60 dBFS (everything quieter lands in the first bin) to +30 dBFS
 * (everything louder lands in the last), and adding a sample costs no logarithm.
 */
final class MagnitudeHistogram {

  private static final int MANTISSA_SHIFT = 13; // keeps 10 of the 23 mantissa bits
  private static final int BASE = (127 - 10) << 10; // 2^-10, about -60 dBFS
  static final int BINS = 15 << 10; // 15 octaves: 2^-10 .. 2^5

  private final long[] counts = new long[BINS];
  private long total;

  void add(float magnitude) {
    counts[binOf(magnitude)]++;
    total++;
  }

  void addAll(MagnitudeHistogram other) {
    for (int i = 0; i < BINS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long total() {
    return total;
  }

  static int binOf(float magnitude) {
    int bin = (Float.floatToRawIntBits(magnitude) >> MANTISSA_SHIFT) - BASE;
    return Math.max(0, Math.min(BINS - 1, bin));
  }

  /** The smallest magnitude that falls into {@code bin}. */
  static float lowerEdge(int bin) {
    return Float.intBitsToFloat((bin + BASE) << MANTISSA_SHIFT);
  }

  /** The first bin whose lower edge is at or above {@code magnitude}. */
  static int firstBinAtOrAbove(double magnitude) {
    float m = (float) magnitude;
    int bin = binOf(m);
    return lowerEdge(bin) < m ? Math.min(BINS, bin + 1) : bin;
  }

  /** A snapshot where {@link Cumulative#atOrAbove(int)} answers in O(1). */
  Cumulative cumulative() {
    long[] above = new long[BINS + 1];
    for (int i = BINS - 1; i >= 0; i--) {
      above[i] = above[i + 1] + counts[i];
    }
    return new Cumulative(above);
  }

  /** Counts of samples at or above each bin's lower edge. */
  record Cumulative(long[] above) {

    long atOrAbove(int bin) {
      return above[Math.max(0, Math.min(BINS, bin))];
    }

    /** Samples with magnitude in [{@code low}, {@code high}), to bin resolution. */
    long between(double low, double high) {
      return atOrAbove(firstBinAtOrAbove(low)) - atOrAbove(firstBinAtOrAbove(high));
    }
  }
}
