package dev.declip.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.declip.training.fit.AdamOptimizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkipMlpTest {

  private static final float[] Y = {0.5f, -1f, 1f, 0.25f};
  private static final float[] MASK = {1f, 0f, 0f, 1f};

  @Test
  void startsAsTheIdentity() {
    try (NDManager manager = NDManager.newBaseManager();
        SkipMlp mlp = new SkipMlp(manager, 4, 8, 2, new SplittableRandom(1))) {
      NDArray y = manager.create(Y).reshape(1, 4);
      assertThat(mlp.restore(y, manager.create(MASK).reshape(1, 4), false).toFloatArray())
          .containsExactly(Y);
    }
  }

  @Test
  void aStepMovesTheOutputAndClearsTheGradients() {
    try (NDManager manager = NDManager.newBaseManager();
        SkipMlp mlp = new SkipMlp(manager, 4, 8, 2, new SplittableRandom(1));
        AdamOptimizer adam = new AdamOptimizer(manager)) {
      NDArray y = manager.create(Y).reshape(1, 4);
      NDArray mask = manager.create(MASK).reshape(1, 4);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        // Pull every output towards 2: the last layer gets a non-zero gradient.
        collector.backward(mlp.restore(y, mask, true).sub(2f).square().sum());
      }
      mlp.step(adam, 1e-3f);

      assertThat(mlp.restore(y, mask, false).toFloatArray()).isNotEqualTo(Y);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        collector.backward(mlp.restore(y, mask, true).mul(0f).sum());
      }
      // A zero loss adds zero: any gradient left now is what step() failed to clear.
      assertThat(mlp.gradientNorm()).isZero();
    }
  }
}
