package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.declip.training.net.RestorationNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EiLossTest {

  private final NDManager manager = NDManager.newBaseManager();

  @AfterEach
  void close() {
    manager.close();
  }

  private NDArray row(float... values) {
    return manager.create(values).reshape(1, values.length);
  }

  @Test
  void isZeroForAMapThatRecoversTheSignalFromItsSmallestEntry() {
    // Signals a u on the line through u. f(y) = u y_0 / u_0 reads the gain off the entry with the
    // smallest |u|, which stays unclipped, so f(eta(g f(y))) = g f(y) for every g: equivariant.
    float[] u = {0.2f, -0.9f, 1.0f, 0.5f};
    NDArray direction = row(u);
    RestorationNetwork extend =
        (clipped, mask, training) -> clipped.get(":, 0:1").div(u[0]).mul(direction);
    NDArray y = row(0.4f, -1f, 1f, 1f); // eta(2 u); g f(y) = 3.4 u keeps entry 0 unclipped
    NDArray gains = manager.create(new float[] {1.7f}).reshape(1, 1);

    NDArray firstPass = extend.restore(y, y.abs().lt(1f).toType(y.getDataType(), false), false);

    assertThat(EiLoss.of(extend, firstPass, gains, false).getFloat()).isCloseTo(0f, within(1e-9f));
  }

  @Test
  void isPositiveForTheIdentity() {
    // x1 = y = [0.5, 1]; x2 = 1.5 x1 = [0.75, 1.5]; f(eta(x2)) = [0.75, 1]; (0 + 0.25) / 2.
    RestorationNetwork identity = (clipped, mask, training) -> clipped;
    NDArray y = row(0.5f, 1f);
    NDArray gains = manager.create(new float[] {1.5f}).reshape(1, 1);

    assertThat(EiLoss.of(identity, y, gains, false).getFloat()).isCloseTo(0.125f, within(1e-6f));
  }

  /**
   * f_w(y) = w y with w = 0.8 for the first pass (w1) and the second (w2), y = [0.5, 1], g = 1.5.
   * x2 = g w1 y = [0.6, 1.2]; eta(x2) = [0.6, 1]; residual x2 - w2 eta(x2) = [0.12, 0.4]. By hand:
   * dEI/dw1 = (2 * 0.12 * g y_0 (1 - w2) + 2 * 0.4 * g y_1) / 2 = (0.036 + 1.2) / 2 = 0.618, and
   * dEI/dw2 = (2 * 0.12 * -0.6 + 2 * 0.4 * -1) / 2 = -0.472.
   */
  private float[] gradientsOfTwoScalarPasses() {
    NDArray w1 = manager.create(0.8f);
    NDArray w2 = manager.create(0.8f);
    w1.setRequiresGradient(true);
    w2.setRequiresGradient(true);
    NDArray y = row(0.5f, 1f);
    NDArray gains = manager.create(new float[] {1.5f}).reshape(1, 1);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      RestorationNetwork second = (clipped, mask, training) -> clipped.mul(w2);
      collector.backward(EiLoss.of(second, y.mul(w1), gains, true));
    }
    return new float[] {w1.getGradient().getFloat(), w2.getGradient().getFloat()};
  }

  @Test
  void gradientReachesTheFirstPassThroughTheScaledTarget() {
    assertThat(gradientsOfTwoScalarPasses()[0]).isCloseTo(0.618f, within(1e-5f));
  }

  @Test
  void gradientReachesTheSecondPass() {
    assertThat(gradientsOfTwoScalarPasses()[1]).isCloseTo(-0.472f, within(1e-5f));
  }

  @Test
  void gradientOfASharedWeightIsTheSumOverBothPasses() {
    NDArray w = manager.create(0.8f);
    w.setRequiresGradient(true);
    RestorationNetwork scale = (clipped, mask, training) -> clipped.mul(w);
    NDArray y = row(0.5f, 1f);
    NDArray gains = manager.create(new float[] {1.5f}).reshape(1, 1);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      collector.backward(EiLoss.of(scale, scale.restore(y, null, true), gains, true));
    }
    assertThat(w.getGradient().getFloat()).isCloseTo(0.618f - 0.472f, within(1e-5f));
  }

  @Test
  void aDetachedTargetLeavesOnlyTheSecondPassGradient() {
    NDArray w = manager.create(0.8f);
    w.setRequiresGradient(true);
    RestorationNetwork scale = (clipped, mask, training) -> clipped.mul(w);
    NDArray y = row(0.5f, 1f);
    NDArray gains = manager.create(new float[] {1.5f}).reshape(1, 1);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      collector.backward(EiLoss.of(scale, scale.restore(y, null, true), gains, true, true));
    }
    assertThat(w.getGradient().getFloat()).isCloseTo(-0.472f, within(1e-5f));
  }
}
