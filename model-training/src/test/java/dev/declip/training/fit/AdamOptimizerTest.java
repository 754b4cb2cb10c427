package dev.declip.training.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

  private static Parameter parameter(NDManager manager, String name, float... values) {
    Parameter parameter = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).build();
    NDArray array = manager.create(values);
    array.setRequiresGradient(true);
    parameter.setArray(array);
    return parameter;
  }

  /** loss = sum(w^2 * c): gradient 2 c w. */
  private static void backward(Parameter w, float[] c) {
    try (NDManager step = w.getArray().getManager().newSubManager();
        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = w.getArray().square().mul(step.create(c)).sum();
      collector.backward(loss);
    }
  }

  @Test
  void aStepWithANanGradientIsSkippedAndTheGradientCleared() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        AdamOptimizer adam = new AdamOptimizer(manager)) {
      Parameter w = parameter(manager, "w", 1f, -2f);
      backward(w, new float[] {Float.NaN, 1f});

      assertThat(adam.step(List.of(w), 0.1f)).isFalse();
      assertThat(w.getArray().toFloatArray()).containsExactly(1f, -2f);
      assertThat(adam.steps()).isZero();
      backward(w, new float[] {1f, 1f});
      assertThat(adam.step(List.of(w), 0.1f)).isTrue();
      float[] after = w.getArray().toFloatArray();
      // The first Adam step moves each weight by the learning rate against its gradient's sign.
      assertThat((double) after[0]).isCloseTo(0.9, within(1e-5));
      assertThat((double) after[1]).isCloseTo(-1.9, within(1e-5));
    }
  }

  @Test
  void stepsMatchAdamComputedByHand() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        AdamOptimizer adam = new AdamOptimizer(manager)) {
      float[] start = {1f, -2f, 0.5f};
      float[] c = {1f, 3f, 0.1f};
      Parameter w = parameter(manager, "w", start);
      double[] expected = {start[0], start[1], start[2]};
      double[] m = new double[3];
      double[] v = new double[3];
      float lr = 0.1f;
      for (int t = 1; t <= 3; t++) {
        backward(w, c);
        adam.step(List.of(w), lr);
        for (int i = 0; i < 3; i++) {
          double g = 2 * c[i] * expected[i];
          m[i] = 0.9 * m[i] + 0.1 * g;
          v[i] = 0.999 * v[i] + 0.001 * g * g;
          double mHat = m[i] / (1 - Math.pow(0.9, t));
          double vHat = v[i] / (1 - Math.pow(0.999, t));
          expected[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
        }
      }
      float[] actual = w.getArray().toFloatArray();
      for (int i = 0; i < 3; i++) {
        assertThat((double) actual[i]).isCloseTo(expected[i], within(1e-5));
      }
    }
  }

  @Test
  void zeroesGradientsAfterEachStep() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        AdamOptimizer adam = new AdamOptimizer(manager)) {
      Parameter w = parameter(manager, "w", 1f, 2f);
      backward(w, new float[] {1f, 1f});
      adam.step(List.of(w), 0.01f);
      try (NDArray gradient = w.getArray().getGradient()) {
        assertThat(gradient.toFloatArray()).containsOnly(0f);
      }
    }
  }

  @Test
  void restoredStateContinuesExactlyLikeTheOriginal() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        AdamOptimizer first = new AdamOptimizer(manager);
        AdamOptimizer resumed = new AdamOptimizer(manager)) {
      float[] c = {2f, 0.5f};
      Parameter a = parameter(manager, "w", 1f, -1f);
      for (int t = 0; t < 4; t++) {
        backward(a, c);
        first.step(List.of(a), 0.05f);
      }
      Parameter b = parameter(manager, "w", a.getArray().toFloatArray());
      try (NDManager saved = manager.newSubManager()) {
        NDList state = first.state(saved);
        resumed.restore(NDList.decode(saved, state.encode()));
      }
      assertThat(resumed.steps()).isEqualTo(4);
      backward(a, c);
      first.step(List.of(a), 0.05f);
      backward(b, c);
      resumed.step(List.of(b), 0.05f);
      assertThat(b.getArray().toFloatArray()).containsExactly(a.getArray().toFloatArray());
    }
  }
}
