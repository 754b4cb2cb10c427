package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.training.fit.EpochRecord;
import org.junit.jupiter.api.Test;

class EpochLineTest {

  @Test
  void aSelfSupervisedEpochShowsBothLossTermsAndTheValidationSdr() {
    EpochRecord r =
        new EpochRecord(
            3, 1200, 250.5, 4.8e-4, 0.0442, 0.00076, 0.0434, 0.21, 0.0109, 13.96, 18.65);

    assertThat(EpochLine.of(r))
        .isEqualTo(
            "epoch 3: loss 0.04420 (mc 0.0007600, ei 0.04340) in 250.5 s, lr 0.00048;"
                + " validation loss 0.01090, SDR 13.96 dB -> 18.65 dB");
  }

  @Test
  void aSupervisedEpochHasNoEiTermToShow() {
    EpochRecord r =
        new EpochRecord(1, 400, 106.2, 5e-4, 0.187, 0.008, Double.NaN, 0.187, 0.0459, 13.96, 18.87);

    assertThat(EpochLine.of(r)).contains("(mc 0.008000)").doesNotContain("NaN");
  }
}
