package dev.declip.training.net;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import dev.declip.model.Signals;
import dev.declip.model.UNetLayout;
import dev.declip.model.UNetReference;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BiasFreeUNetTest {

  static final UNetSpec TINY = new UNetSpec(2, 4, 9, true, true);

  private static NDManager manager;

  @BeforeAll
  static void startPyTorch() throws IOException {
    manager = PyTorchRuntime.start(RuntimeOptions.defaults()).newManager();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @ParameterizedTest(name = "mask {0}, residual {1}, kernel {2}, T = {3}")
  @CsvSource({
    "true, true, 9, 64",
    "true, true, 9, 203",
    "true, false, 9, 131",
    "false, true, 9, 97",
    "false, false, 4, 255"
  })
  void matchesThePlainJavaForwardPassOfTheSameWeights(
      boolean mask, boolean residual, int kernel, int length) {
    UNetWeights weights = UNetWeights.random(new UNetSpec(2, 4, kernel, mask, residual), 5);
    float[][] y = Signals.clipped(3, length, 1);
    float[][] m = Signals.maskOf(y);
    UNetReference reference = new UNetReference(weights);
    float[][] expected = new float[y.length][];
    for (int n = 0; n < y.length; n++) {
      expected[n] = reference.forward(y[n], m[n]);
    }

    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet net = BiasFreeUNet.of(weights, step);
      float[][] actual = TestWindows.rows(restore(net, step, y, m));

      assertThat(Signals.relativeError(actual, expected)).isLessThan(1e-5);
    }
  }

  @ParameterizedTest(name = "a = {0}")
  @ValueSource(floats = {0.1f, 3f})
  void scalingTheSignalScalesTheEstimate(float a) {
    float[][] y = Signals.clipped(2, 128, 2);
    float[][] m = Signals.maskOf(y);
    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet net = BiasFreeUNet.random(TINY, 3, step);
      NDArray once = restore(net, step, y, m);
      NDArray scaled =
          net.restore(TestWindows.array(step, y).mul(a), TestWindows.array(step, m), false);

      float[][] expected = TestWindows.rows(once.mul(a));
      assertThat(Signals.relativeError(TestWindows.rows(scaled), expected)).isLessThan(1e-5);
    }
  }

  @Test
  void gradientsReachEveryParameter() {
    float[][] y = Signals.clipped(2, 96, 4);
    float[][] m = Signals.maskOf(y);
    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet net = BiasFreeUNet.random(TINY, 4, step);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray estimate =
            net.restore(TestWindows.array(step, y), TestWindows.array(step, m), true);
        collector.backward(estimate.sub(TestWindows.array(step, y).mul(1.5f)).square().mean());
      }

      for (Parameter p : net.getParameters().values()) {
        assertThat(p.getArray().getGradient().abs().max().getFloat())
            .as(p.getName())
            .isGreaterThan(0f);
      }
    }
  }

  @Test
  void keepsTheLayoutsNamesAndCountsItsWeights() {
    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet net = BiasFreeUNet.random(TINY, 1, step);

      assertThat(net.getParameters().keys())
          .containsExactlyElementsOf(
              UNetLayout.of(TINY).stream().map(UNetLayout.Entry::name).toList());
      assertThat(net.parameterCount()).isEqualTo(UNetWeights.random(TINY, 1).parameterCount());
    }
  }

  @Test
  void aFreshResidualNetworkStartsNearTheIdentity() {
    float[][] y = Signals.clipped(2, 256, 6);
    float[][] m = Signals.maskOf(y);
    try (NDManager step = manager.newSubManager()) {
      float[][] x = TestWindows.rows(restore(BiasFreeUNet.random(TINY, 6, step), step, y, m));

      assertThat(Signals.relativeError(x, y)).isBetween(1e-4, 0.3);
    }
  }

  static NDArray restore(BiasFreeUNet net, NDManager manager, float[][] y, float[][] m) {
    return net.restore(TestWindows.array(manager, y), TestWindows.array(manager, m), false);
  }
}
