package dev.declip.clipping;

/**
 * The clip levels of one channel, as positive magnitudes on the [-1, 1] full-scale range: a sample
 * {@code s} is clipped when {@code s >= positive} or {@code s <= -negative}. Asymmetric clipping
 * (different levels per polarity) is common after DC offsets or analogue stages. A polarity that
 * did not clip has the level {@link Float#POSITIVE_INFINITY}.
 */
public record ClipLevels(float positive, float negative) {

  public ClipLevels {
    if (!(positive > 0) || !(negative > 0)) {
      throw new IllegalArgumentException(
          "clip levels must be positive, got +" + positive + " / -" + negative);
    }
    if (Float.isInfinite(positive) && Float.isInfinite(negative)) {
      throw new IllegalArgumentException("at least one polarity must have a finite clip level");
    }
  }

  public static ClipLevels symmetric(float level) {
    return new ClipLevels(level, level);
  }

  public boolean isClipped(float sample) {
    return sample >= positive || sample <= -negative;
  }

  /** The level on the side of {@code sample}'s sign. */
  public float levelFor(float sample) {
    return sample >= 0 ? positive : negative;
  }

  public static double toDbfs(double linear) {
    return 20 * Math.log10(linear);
  }

  public static double fromDbfs(double dbfs) {
    return Math.pow(10, dbfs / 20);
  }
}
