package dev.declip.training.data;

/**
 * How windows are prepared and split.
 *
 * @param sampleRate the model's rate; files at other rates are resampled to it as inference does
 * @param windowLength the model's window, in samples at {@code sampleRate}
 * @param validationFraction the share of files (or, with one file, of its windows) held out
 * @param seed drives the split
 * @param maxBytes the most memory the kept windows may take; more is an error, not a silent cut
 */
public record DataOptions(
    int sampleRate, int windowLength, double validationFraction, long seed, long maxBytes) {

  /** The paper's rate (GTZAN at 22 050 Hz, 1-second segments). */
  public static final int PAPER_RATE = 22_050;

  /** The rate of the models the app ships to users. */
  public static final int USER_RATE = 44_100;

  public static final double DEFAULT_VALIDATION_FRACTION = 0.1;

  /**
   * The least memory windows may take by default; more when Java may use more (see {@link #of}).
   */
  public static final long DEFAULT_MAX_BYTES = 512L << 20;

  public DataOptions {
    if (sampleRate < 1 || windowLength < 2) {
      throw new IllegalArgumentException(
          "need a positive rate and a window of at least 2 samples, got "
              + sampleRate
              + " Hz, "
              + windowLength);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(
          "validation fraction must be in [0, 1), got " + validationFraction);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("memory limit must be positive, got " + maxBytes);
    }
  }

  /**
   * The defaults for a model's rate and window: 10 % validation, seed 0, and windows in a quarter
   * of Java's heap (at least 512 MB), leaving the rest to the network and the batches.
   */
  public static DataOptions of(int sampleRate, int windowLength) {
    long quarterHeap = Runtime.getRuntime().maxMemory() / 4;
    return new DataOptions(
        sampleRate,
        windowLength,
        DEFAULT_VALIDATION_FRACTION,
        0,
        Math.max(DEFAULT_MAX_BYTES, quarterHeap));
  }

  public DataOptions withValidationFraction(double fraction) {
    return new DataOptions(sampleRate, windowLength, fraction, seed, maxBytes);
  }

  public DataOptions withSeed(long newSeed) {
    return new DataOptions(sampleRate, windowLength, validationFraction, newSeed, maxBytes);
  }

  public DataOptions withMaxBytes(long bytes) {
    return new DataOptions(sampleRate, windowLength, validationFraction, seed, bytes);
  }
}
