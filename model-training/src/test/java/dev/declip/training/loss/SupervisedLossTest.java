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

  @Test
  void theSdrLossIsTheNegativeSdrOfEachWindowAveragedAndIgnoresScale() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // Window 1: error energy 0.01 of signal energy 1 (20 dB); window 2, ten times louder,
      // error 0.1 of 1 (10 dB): the mean is -15 dB whatever the windows' levels.
      float loss =
          SupervisedLoss.negativeSdr(
                  manager.create(new float[] {1.1f, 0f, 10f, 3.1623f}).reshape(2, 2),
                  manager.create(new float[] {1f, 0f, 10f, 0f}).reshape(2, 2))
              .getFloat();
      assertThat(loss).isCloseTo(-15f, within(1e-3f));
    }
  }
}
