package dev.declip.restore.best;

import dev.declip.clipping.ClipLevels;

/**
 * Scores restorations on the recording itself, with no clean audio: the clipped recording {@code y}
 * is clipped again at a lower level, and what a restoration of that makes of the samples the second
 * clipping hid (unclipped in {@code y}, so known exactly) measures how it restores clipping on this
 * material. The score is the squared error on those samples; the re-clipped signal itself (doing
 * nothing) is the score every restoration must beat.
 */
final class ReclipScore {

  private final float[] y;
  private final ClipLevels lower;
  private final float[] reclipped;
  private final boolean[] hidden;
  private final int hiddenCount;

  /**
   * @param ratio the second clipping's level as a fraction of the recording's, in (0, 1)
   */
  ReclipScore(float[] y, ClipLevels levels, double ratio) {
    this.y = y;
    this.lower = scaled(levels, ratio);
    this.reclipped = new float[y.length];
    this.hidden = new boolean[y.length];
    int count = 0;
    for (int i = 0; i < y.length; i++) {
      float v = y[i];
      reclipped[i] =
          v >= lower.positive() ? lower.positive() : v <= -lower.negative() ? -lower.negative() : v;
      hidden[i] = !levels.isClipped(v) && lower.isClipped(v);
      count += hidden[i] ? 1 : 0;
    }
    this.hiddenCount = count;
  }

  private static ClipLevels scaled(ClipLevels levels, double ratio) {
    return new ClipLevels((float) (levels.positive() * ratio), (float) (levels.negative() * ratio));
  }

  /** The recording clipped again. */
  float[] reclipped() {
    return reclipped;
  }

  /** Its clip levels. */
  ClipLevels lowerLevels() {
    return lower;
  }

  /** Samples the second clipping hid: without any, no score says anything. */
  int hiddenSamples() {
    return hiddenCount;
  }

  /** The squared error of a restoration of {@link #reclipped()} on the hidden samples. */
  double error(float[] restoredReclipped) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      if (hidden[i]) {
        double e = (double) y[i] - restoredReclipped[i];
        sum += e * e;
      }
    }
    return sum;
  }

  /** The error of doing nothing: the re-clipped samples themselves. */
  double inputError() {
    return error(reclipped);
  }
}
