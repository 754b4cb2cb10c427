package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.SampleEncoding;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GainPolicyTest {

  @Test
  void automaticGainBringsEveryRestoredPeakWithinTheIntegerCeiling() {
    SplittableRandom random = new SplittableRandom(11);
    for (SampleEncoding encoding :
        new SampleEncoding[] {SampleEncoding.PCM_16, SampleEncoding.PCM_24}) {
      double ceiling = OutputTarget.ceiling(encoding);
      for (int i = 0; i < 100_000; i++) {
        float peak = (float) (1 + random.nextDouble() * 3);
        double gain = GainPolicy.AUTOMATIC.linearGain(peak, ceiling);
        // The writers multiply in float; both the exact and the float product must fit.
        assertThat(peak * gain).as("peak %s", peak).isLessThanOrEqualTo(ceiling);
        assertThat((double) (peak * (float) gain)).isLessThanOrEqualTo(ceiling);
      }
    }
  }

  @Test
  void automaticGainIsNoMoreThanOneFloatStepBelowTheExactRatio() {
    float peak = 1.5176f;
    double ceiling = OutputTarget.ceiling(SampleEncoding.PCM_16);
    double gain = GainPolicy.AUTOMATIC.linearGain(peak, ceiling);
    assertThat(gain).isCloseTo(ceiling / peak, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void automaticGainLeavesAPeakThatFitsAlone() {
    assertThat(GainPolicy.AUTOMATIC.linearGain(0.9, 1.0)).isEqualTo(1.0);
  }
}
