package dev.declip.training.synthetic;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.declip.training.fit.AdamOptimizer;
import dev.declip.training.net.RestorationNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synthetic experiment's network (Sec. IV.A): a fully connected ReLU network without biases
 * (Sec. III.C) that sees the signal and its mask (Sec. III.D, Fig. 4), with a skip connection:
 * {@code f(y, m) = y + W_L relu(... relu(W_1 [y, m]))}. The last layer starts at zero, so training
 * starts from the identity, i.e. from the clipped input.
 */
final class SkipMlp implements RestorationNetwork, AutoCloseable {

  private final NDManager manager;
  private final List<NDArray> weights = new ArrayList<>();

  SkipMlp(NDManager parent, int length, int width, int hiddenLayers, SplittableRandom random) {
    this.manager = parent.newSubManager();
    int in = 2 * length;
    for (int layer = 0; layer < hiddenLayers; layer++) {
      weights.add(heNormal(in, width, random));
      in = width;
    }
    weights.add(manager.zeros(new Shape(in, length)));
    weights.forEach(w -> w.setRequiresGradient(true));
  }

  private NDArray heNormal(int in, int out, SplittableRandom random) {
    float[] values = new float[in * out];
    double std = Math.sqrt(2.0 / in);
    for (int i = 0; i < values.length; i++) {
      double u = 1 - random.nextDouble();
      values[i] =
          (float) (std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble()));
    }
    return manager.create(values, new Shape(in, out));
  }

  @Override
  public NDArray restore(NDArray clipped, NDArray mask, boolean training) {
    // Inputs come first in every operation so that results live in the caller's manager.
    NDArray hidden = NDArrays.concat(new NDList(clipped, mask), 1);
    for (int layer = 0; layer < weights.size() - 1; layer++) {
      hidden = Activation.relu(hidden.dot(weights.get(layer)));
    }
    return clipped.add(hidden.dot(weights.get(weights.size() - 1)));
  }

  /** One Adam step on the gradients of the last backward pass (which it then clears). */
  void step(AdamOptimizer adam, float learningRate) {
    Map<String, NDArray> named = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      named.put("w" + i, weights.get(i));
    }
    adam.step(named, learningRate);
  }

  /** The sum of the squared gradients of all weights, for tests and diagnostics. */
  double gradientNorm() {
    double sum = 0;
    for (NDArray weight : weights) {
      try (NDArray gradient = weight.getGradient()) {
        sum += gradient.square().sum().getFloat();
      }
    }
    return sum;
  }

  @Override
  public void close() {
    manager.close();
  }
}
