package dev.declip.training.fit;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import dev.declip.training.data.Batch;
import dev.declip.training.loss.LossTerms;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.BatchRows;
import dev.declip.training.net.RestorationNetwork;
import java.util.List;
import java.util.Map;

/**
 * One optimiser step: the batch into arrays, the objective with gradients recorded, backward, Adam.
 * Every array of the step lives in a sub-manager closed at its end, so nothing accumulates over a
 * run. The trainer and the throughput benchmark both step through here.
 */
public final class TrainingStep {
  private final RestorationNetwork network;
  private final List<Parameter> parameters;
  private final NDManager manager;

  public TrainingStep(RestorationNetwork network, List<Parameter> parameters, NDManager manager) {
    this.network = network;
    this.parameters = parameters;
    this.manager = manager;
  }

  /** Takes the step and returns the loss terms it minimised. */
  public Map<String, Float> run(
      TrainingObjective objective, Batch batch, AdamOptimizer adam, float learningRate) {
    try (NDManager step = manager.newSubManager()) {
      Shape shape = new Shape(batch.size(), batch.length());
      NDArray y = step.create(BatchRows.flatten(batch.clipped(), batch.length()), shape);
      NDArray m = step.create(BatchRows.flatten(batch.mask(), batch.length()), shape);
      NDArray x =
          batch.hasClean()
              ? step.create(BatchRows.flatten(batch.clean(), batch.length()), shape)
              : null;
      Map<String, Float> values;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        LossTerms terms = objective.compute(network, y, m, x, true);
        collector.backward(terms.total());
        values = terms.values();
      }
      adam.step(parameters, learningRate);
      return values;
    }
  }
}
