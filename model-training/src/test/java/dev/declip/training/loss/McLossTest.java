package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class McLossTest {

  private final NDManager manager = NDManager.newBaseManager();

  @AfterEach
  void close() {
    manager.close();
  }

  private float mc(float[] estimate, float[] clipped, float[] mask) {
    NDArray f = manager.create(estimate).reshape(1, estimate.length);
    NDArray y = manager.create(clipped).reshape(1, clipped.length);
    NDArray m = manager.create(mask).reshape(1, mask.length);
    return McLoss.of(f, y, m).getFloat();
  }

  @Test
  void isZeroOnClippedSamplesEstimatedBeyondTheLevelWithTheRightSign() {
    assertThat(mc(new float[] {1.3f, -1.7f}, new float[] {1, -1}, new float[] {0, 0})).isZero();
  }

  @Test
  void countsClippedSamplesEstimatedBelowTheLevel() {
    // (1 - 0.6)^2 / 2 on the positive sample; -1 estimated at -1.5 costs nothing.
    assertThat(mc(new float[] {0.6f, -1.5f}, new float[] {1, -1}, new float[] {0, 0}))
        .isCloseTo(0.08f, within(1e-6f));
  }

  @Test
  void countsClippedSamplesEstimatedBeyondTheLevelWithTheWrongSign() {
    // y = -1 estimated at +1.2: residual -2.2, squared 4.84, averaged over two samples.
    assertThat(mc(new float[] {1.2f, 1.1f}, new float[] {-1, 1}, new float[] {0, 0}))
        .isCloseTo(2.42f, within(1e-5f));
  }

  @Test
  void equalsTheSquaredErrorOnUnclippedSamples() {
    // (0.5 - 0.7)^2 + (-0.2 - 1.4)^2 = 0.04 + 2.56, over 2; an estimate beyond 1 still counts.
    assertThat(mc(new float[] {0.7f, 1.4f}, new float[] {0.5f, -0.2f}, new float[] {1, 1}))
        .isCloseTo(1.3f, within(1e-6f));
  }
}
