package dev.declip.clipping;

/**
 * Counts sample magnitudes in fixed logarithmic bins, so that memory stays bounded however long the
 * file is. A bin is the float's exponent plus its top 10 mantissa bits: each bin is at most 0.1 %
 * (0.0085 dB) wide, from about -60 dBFS (everything quieter lands in the first bin) up to the
 * largest float, so that float files of any loudness are measured; adding a sample costs no
 * logarithm. The bins of one octave are allocated when a sample first lands there, so a recording
 * pays only for the octaves it uses (about 8 KB each).
 */
final class MagnitudeHistogram {

  private static final int MANTISSA_SHIFT = 13; // keeps 10 of the 23 mantissa bits
  private static final int OCTAVE_BITS = 10;
  private static final int OCTAVE_BINS = 1 << OCTAVE_BITS;
  private static final int LOWEST_EXPONENT = 127 - 10; // 2^-10, about -60 dBFS
  private static final int BASE = LOWEST_EXPONENT << OCTAVE_BITS;
  private static final int OCTAVES = 255 - LOWEST_EXPONENT; // up to the largest finite float
  static final int BINS = OCTAVES << OCTAVE_BITS;

  private final long[][] counts = new long[OCTAVES][];
  private long total;

  void add(float magnitude) {
    int bin = binOf(magnitude);
    octave(bin >> OCTAVE_BITS)[bin & (OCTAVE_BINS - 1)]++;
    total++;
  }

  void addAll(MagnitudeHistogram other) {
    for (int o = 0; o < OCTAVES; o++) {
      if (other.counts[o] != null) {
        long[] mine = octave(o);
        for (int i = 0; i < OCTAVE_BINS; i++) {
          mine[i] += other.counts[o][i];
        }
      }
    }
    total += other.total;
  }

  private long[] octave(int index) {
    long[] octave = counts[index];
    if (octave == null) {
      octave = new long[OCTAVE_BINS];
      counts[index] = octave;
    }
    return octave;
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
    float m = (float) Math.min(magnitude, Float.MAX_VALUE);
    int bin = binOf(m);
    return lowerEdge(bin) < m ? Math.min(BINS, bin + 1) : bin;
  }

  /** A snapshot where {@link Cumulative#atOrAbove(int)} answers in O(1). */
  Cumulative cumulative() {
    long[][] above = new long[OCTAVES][];
    long[] aboveOctave = new long[OCTAVES + 1];
    for (int o = OCTAVES - 1; o >= 0; o--) {
      long running = aboveOctave[o + 1];
      if (counts[o] != null) {
        above[o] = new long[OCTAVE_BINS];
        for (int i = OCTAVE_BINS - 1; i >= 0; i--) {
          running += counts[o][i];
          above[o][i] = running;
        }
      }
      aboveOctave[o] = running;
    }
    return new Cumulative(above, aboveOctave);
  }

  /**
   * Counts of samples at or above each bin's lower edge.
   *
   * @param above per used octave, the count at or above each of its bins (null for unused ones)
   * @param aboveOctave the count at or above the first bin of each octave
   */
  record Cumulative(long[][] above, long[] aboveOctave) {

    long atOrAbove(int bin) {
      int b = Math.max(0, Math.min(BINS, bin));
      int octave = b >> OCTAVE_BITS;
      if (b == BINS || above[octave] == null) {
        return aboveOctave[Math.min(OCTAVES, octave + (b == BINS ? 0 : 1))];
      }
      return above[octave][b & (OCTAVE_BINS - 1)];
    }

    /** Samples with magnitude in [{@code low}, {@code high}), to bin resolution. */
    long between(double low, double high) {
      return atOrAbove(firstBinAtOrAbove(low)) - atOrAbove(firstBinAtOrAbove(high));
    }
  }
}
