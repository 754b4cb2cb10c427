package dev.declip.training.fit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam with its moments kept where a checkpoint can save them, so {@code --resume} continues the
 * same run instead of restarting the optimiser cold (DJL's own Adam keeps them private). The update
 * itself is PyTorch's fused kernel through DJL, in place, with no per-step arrays left behind.
 */
public final class AdamOptimizer implements AutoCloseable {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final NDManager manager;
  private final Map<String, NDArray> means = new LinkedHashMap<>();
  private final Map<String, NDArray> variances = new LinkedHashMap<>();
  private long steps;

  public AdamOptimizer(NDManager parent) {
    this.manager = parent.newSubManager();
  }

  /** Steps taken so far (Adam's bias correction depends on it). */
  public long steps() {
    return steps;
  }

  /**
   * Applies one update from the gradients the last backward pass left on {@code parameters}, then
   * zeroes those gradients for the next step (PyTorch accumulates them otherwise).
   */
  public boolean step(List<Parameter> parameters, float learningRate) {
    Map<String, NDArray> weights = new LinkedHashMap<>();
    parameters.forEach(p -> weights.put(p.getName(), p.getArray()));
    return step(weights, learningRate);
  }

  /**
   * {@link #step(List, float)} for weights held as named arrays rather than DJL parameters. A step
   * whose gradients hold a NaN or an infinity is skipped (the gradients are cleared, the weights,
   * the moments and the step count left as they were): one bad batch must not poison a run of days.
   *
   * @return whether the update was applied
   */
  public boolean step(Map<String, NDArray> weights, float learningRate) {
    if (!gradientsAreFinite(weights)) {
      for (NDArray weight : weights.values()) {
        try (NDArray gradient = weight.getGradient()) {
          // Multiplying by 0 would keep the NaNs: overwrite instead.
          gradient.set(new NDIndex(":"), 0f);
        }
      }
      return false;
    }
    steps++;
    double correction1 = 1 - Math.pow(BETA1, steps);
    double correction2 = 1 - Math.pow(BETA2, steps);
    float corrected = (float) (learningRate * Math.sqrt(correction2) / correction1);
    for (Map.Entry<String, NDArray> entry : weights.entrySet()) {
      NDArray weight = entry.getValue();
      String name = entry.getKey();
      NDArray mean = means.computeIfAbsent(name, n -> manager.zeros(weight.getShape()));
      NDArray variance = variances.computeIfAbsent(name, n -> manager.zeros(weight.getShape()));
      // getGradient() hands out a new handle each call: close it, or one leaks per step.
      try (NDArray gradient = weight.getGradient()) {
        weight
            .getNDArrayInternal()
            .adamUpdate(
                new NDList(weight, gradient, mean, variance),
                new NDList(weight),
                learningRate,
                corrected,
                0f,
                1f,
                -1f,
                BETA1,
                BETA2,
                EPSILON,
                true,
                false);
        gradient.muli(0);
      }
    }
    return true;
  }

  private static boolean gradientsAreFinite(Map<String, NDArray> weights) {
    for (NDArray weight : weights.values()) {
      try (NDArray gradient = weight.getGradient();
          NDArray bad = gradient.isNaN().logicalOr(gradient.isInfinite()).any()) {
        if (bad.getBoolean()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The moments and step count, named for {@link #restore}. */
  public NDList state(NDManager into) {
    NDList list = new NDList();
    NDArray count = into.create(new long[] {steps});
    count.setName("steps");
    list.add(count);
    means.forEach((name, array) -> list.add(copy(array, into, "mean." + name)));
    variances.forEach((name, array) -> list.add(copy(array, into, "variance." + name)));
    return list;
  }

  /** Continues from a saved {@link #state}. */
  public void restore(NDList state) {
    for (NDArray array : state) {
      String name = array.getName();
      if (name.equals("steps")) {
        steps = array.toLongArray()[0];
      } else if (name.startsWith("mean.")) {
        means.put(name.substring(5), copy(array, manager, null));
      } else if (name.startsWith("variance.")) {
        variances.put(name.substring(9), copy(array, manager, null));
      }
    }
  }

  private static NDArray copy(NDArray array, NDManager owner, String name) {
    NDArray copy = array.duplicate();
    copy.attach(owner);
    if (name != null) {
      copy.setName(name);
    }
    return copy;
  }

  @Override
  public void close() {
    manager.close();
  }
}
