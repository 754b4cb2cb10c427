package dev.declip.training.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.UNetSpec;
import org.junit.jupiter.api.Test;

class UNetFlopsTest {

  @Test
  void countsEveryConvolutionOfASmallUNetByHand() {
    // depth 1, base 2, kernel 3, mask: down 2<-2 and 2<-2 at 8 samples; bottleneck 4<-2, 4<-4 at 4;
    // up: transposed 4->2 (as 4 outputs of 1 tap) at 4, then 2<-4 and 2<-2 at 8; head 1<-2 at 8.
    UNetSpec spec = new UNetSpec(1, 2, 3, true, true);
    double expected =
        2.0
            * ((2 * 2 * 3 * 8 + 2 * 2 * 3 * 8)
                + (4 * 2 * 3 * 4 + 4 * 4 * 3 * 4)
                + (4 * 4 * 1 * 4)
                + (2 * 4 * 3 * 8 + 2 * 2 * 3 * 8)
                + (1 * 2 * 1 * 8));
    assertThat(UNetFlops.forward(spec, 8)).isEqualTo(expected);
  }

  @Test
  void countsThePaddedLengthTheNetworkActuallyRuns() {
    UNetSpec spec = new UNetSpec(2, 4, 3, false, true);
    assertThat(UNetFlops.forward(spec, 13)).isEqualTo(UNetFlops.forward(spec, 16));
  }

  @Test
  void aTwoPassTrainingStepCostsSixForwardPassesPerWindow() {
    UNetSpec spec = UNetSpec.defaults();
    assertThat(UNetFlops.trainingStep(spec, 22050, 8, 2))
        .isEqualTo(6 * 8 * UNetFlops.forward(spec, 22050));
  }
}
