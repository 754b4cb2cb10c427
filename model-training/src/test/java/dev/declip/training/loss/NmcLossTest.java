package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class NmcLossTest {

  @Test
  void comparesTheClippedEstimateWithTheMeasurement() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // y = [0.5, 1, 1], f = [0.7, 1.6, 0.4]: eta(f) = [0.7, 1, 0.4]; (0.04 + 0 + 0.36) / 3.
      float loss =
          NmcLoss.of(
                  manager.create(new float[] {0.7f, 1.6f, 0.4f}).reshape(1, 3),
                  manager.create(new float[] {0.5f, 1f, 1f}).reshape(1, 3))
              .getFloat();
      assertThat(loss).isCloseTo(0.4f / 3, within(1e-6f));
    }
  }
}
