package dev.declip.training.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.RestorationAlgorithm;
import org.junit.jupiter.api.Test;

class ScaleAveragingTest {

  /** Returns its input: the clipped copy of a scaled restoration comes back clipped. */
  private static final RestorationAlgorithm IDENTITY =
      new RestorationAlgorithm() {
        @Override
        public String name() {
          return "identity";
        }

        @Override
        public float[] estimate(
            float[] y, long first, ClipLevels levels, int rate, Cancellation c) {
          return y.clone();
        }

        @Override
        public int contextSamples(int rate) {
          return 0;
        }
      };

  @Test
  void averagesTheFirstRestorationWithEachReclippedScaledOneDividedByItsGain() {
    float[] y = {0.2f, 0.6f, 1.0f, -1.0f};

    float[] x =
        new ScaleAveraging(IDENTITY, 0.5, 2)
            .estimate(y, ClipLevels.symmetric(1f), 8000, Cancellation.NEVER);

    // g = 0.5: nothing reaches the level, y comes back; g = 2: clip(2y) / 2 = [0.2, 0.5, 0.5, -0.5]
    assertThat(x[0]).isCloseTo(0.2f, within(1e-6f));
    assertThat(x[1]).isCloseTo((0.6f + 0.6f + 0.5f) / 3, within(1e-6f));
    assertThat(x[2]).isCloseTo((1f + 1f + 0.5f) / 3, within(1e-6f));
    assertThat(x[3]).isCloseTo(-(1f + 1f + 0.5f) / 3, within(1e-6f));
  }

  @Test
  void reclipsAtEachPolaritysOwnLevel() {
    float[] y = {0.5f, -0.25f};

    float[] x =
        new ScaleAveraging(IDENTITY, 4)
            .estimate(y, new ClipLevels(0.5f, 0.25f), 8000, Cancellation.NEVER);

    // clip(4y) = [0.5, -0.25] at +0.5 / -0.25, divided by 4, averaged with y
    assertThat(x[0]).isCloseTo((0.5f + 0.125f) / 2, within(1e-6f));
    assertThat(x[1]).isCloseTo((-0.25f - 0.0625f) / 2, within(1e-6f));
  }
}
