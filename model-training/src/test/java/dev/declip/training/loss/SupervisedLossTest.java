package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class SupervisedLossTest {

  @Test
  void isTheMeanSquaredErrorToTheCleanSignal() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // (1.2 - 1.5)^2 + (0.5 - 0.5)^2 = 0.09, over 2.
      float loss =
          SupervisedLoss.of(
                  manager.create(new float[] {1.2f, 0.5f}).reshape(1, 2),
                  manager.create(new float[] {1.5f, 0.5f}).reshape(1, 2))
              .getFloat();
      assertThat(loss).isCloseTo(0.045f, within(1e-6f));
    }
  }
}
