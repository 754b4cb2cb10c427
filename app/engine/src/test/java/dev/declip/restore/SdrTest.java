package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SdrTest {

  @Test
  void isTwentyDecibelsForAnErrorWithOneHundredthOfTheEnergy() {
    float[] x = Signals.sine(1000, 0.01, 1);
    float[] estimate = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      estimate[i] = 0.9f * x[i];
    }

    assertThat(Sdr.db(x, estimate)).isCloseTo(20, within(1e-4));
  }

  @Test
  void isInfiniteForAPerfectEstimate() {
    float[] x = Signals.sine(100, 0.01, 1);

    assertThat(Sdr.db(x, x.clone())).isInfinite();
  }
}
