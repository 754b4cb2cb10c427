package dev.declip.training.fit;

import java.util.Locale;

/**
 * How the learning rate moves over a run: constant, or a cosine from the base rate down to a
 * twentieth of it at the last step, which usually ends a short CPU run at a lower loss.
 */
public enum LearningRateSchedule {
  CONSTANT,
  COSINE;

  private static final double COSINE_FLOOR = 0.05;

  /** The rate at {@code step} of {@code totalSteps} (both counted over the whole run). */
  public float rate(float base, long step, long totalSteps) {
    if (this == CONSTANT || totalSteps <= 1) {
      return base;
    }
    double progress = Math.min(1, step / (double) (totalSteps - 1));
    double factor = COSINE_FLOOR + (1 - COSINE_FLOOR) * 0.5 * (1 + Math.cos(Math.PI * progress));
    return (float) (base * factor);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
