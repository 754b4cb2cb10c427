package dev.declip.training.fit;

/**
 * How a run trains: Adam's base rate and its schedule, batches, epochs, crops around clipped runs,
 * the seed everything random derives from, and the eq. 16 threshold used when validating.
 *
 * @param cropLength 0 trains on whole windows; otherwise crops of this many samples placed on
 *     clipped runs (cheaper steps where windows are long and clipping sparse)
 * @param maxStepsPerEpoch 0 for whole epochs; otherwise stops each epoch early (quick trials)
 */
public record FitSettings(
    int epochs,
    int batchSize,
    float learningRate,
    LearningRateSchedule schedule,
    int cropLength,
    long seed,
    int maxStepsPerEpoch,
    double tau) {

  public FitSettings {
    if (epochs < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "epochs and batch size must be at least 1, got " + epochs + ", " + batchSize);
    }
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    if (cropLength < 0 || maxStepsPerEpoch < 0) {
      throw new IllegalArgumentException("crop length and step limit cannot be negative");
    }
  }

  /** Steps in an epoch of {@code batches} batches, after the step limit. */
  public int stepsPerEpoch(int batches) {
    return maxStepsPerEpoch == 0 ? batches : Math.min(batches, maxStepsPerEpoch);
  }
}
