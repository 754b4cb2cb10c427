package dev.declip.training.synthetic;

/**
 * How one cell of the synthetic experiment trains its MLP.
 *
 * @param trainCount training examples (the paper: 1000)
 * @param testCount held-out examples the SDR is measured on
 * @param steps Adam steps
 * @param batchSize examples per step
 * @param learningRate Adam's learning rate
 * @param width units per hidden layer
 * @param hiddenLayers hidden layers
 * @param detachEiTarget whether eq. 12's target is held constant, as {@code declip-train fit} does
 *     by default
 */
public record TrainingSettings(
    int trainCount,
    int testCount,
    int steps,
    int batchSize,
    double learningRate,
    int width,
    int hiddenLayers,
    boolean detachEiTarget) {

  public TrainingSettings {
    if (trainCount < 1 || testCount < 1 || steps < 0 || batchSize < 1 || width < 1) {
      throw new IllegalArgumentException("training settings must be positive: " + this);
    }
  }

  public static TrainingSettings defaults() {
    return new TrainingSettings(1000, 200, 1000, 100, 1e-3, 256, 2, true);
  }

  public TrainingSettings withSteps(int newSteps) {
    return new TrainingSettings(
        trainCount,
        testCount,
        newSteps,
        batchSize,
        learningRate,
        width,
        hiddenLayers,
        detachEiTarget);
  }

  public TrainingSettings withDetachedEiTarget(boolean detached) {
    return new TrainingSettings(
        trainCount, testCount, steps, batchSize, learningRate, width, hiddenLayers, detached);
  }
}
