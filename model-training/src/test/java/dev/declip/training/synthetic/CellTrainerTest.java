package dev.declip.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.progress.Cancellation;
import dev.declip.training.loss.ObjectiveKind;
import org.junit.jupiter.api.Test;

class CellTrainerTest {

  private static CellResult trainSmallCell(ObjectiveKind objective, int steps) {
    // d = 2, v = 0.1: the clipped input scores about 17 dB; a few seconds of training.
    TrainingSettings settings = new TrainingSettings(500, 100, steps, 100, 1e-3, 256, 2, true);
    return new CellTrainer(settings)
        .train("grid", objective, 2, 0.1, 0.5, 1.5, 1, Cancellation.NEVER);
  }

  @Test
  void mcPlusEiBeatsTheClippedInputOnALowDimensionalLightlyClippedCell() {
    CellResult result = trainSmallCell(ObjectiveKind.MC_EI, 150);
    assertThat(result.outputSdr()).isGreaterThan(result.inputSdr() + 0.5);
  }

  @Test
  void theSameSeedTrainsTheSameNetwork() {
    assertThat(trainSmallCell(ObjectiveKind.MC_EI, 30).outputSdr())
        .isEqualTo(trainSmallCell(ObjectiveKind.MC_EI, 30).outputSdr());
  }
}
