package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import org.junit.jupiter.api.Test;

class RestorationsTest {

  /** Estimates a fixed value everywhere: below the level, so only the projection can fix it. */
  private static RestorationAlgorithm constant(float value) {
    return new RestorationAlgorithm() {
      @Override
      public String name() {
        return "constant";
      }

      @Override
      public float[] estimate(float[] y, long first, ClipLevels levels, int rate, Cancellation c) {
        float[] f = new float[y.length];
        java.util.Arrays.fill(f, value);
        return f;
      }

      @Override
      public int contextSamples(int sampleRate) {
        return 0;
      }
    };
  }

  private final float[] y = {0.1f, 0.5f, -0.5f};
  private final ClipLevels levels = ClipLevels.symmetric(0.5f);

  @Test
  void blendsTheEstimateIntoClippedSamplesOnly() {
    float[] x =
        Restorations.restore(constant(0.2f), y, levels, 8000, 0.95, false, Cancellation.NEVER);

    assertThat(x).containsExactly(0.1f, 0.2f, 0.2f);
  }

  @Test
  void projectsOntoTheConsistentSetWhenAsked() {
    float[] x =
        Restorations.restore(constant(0.2f), y, levels, 8000, 0.95, true, Cancellation.NEVER);

    assertThat(x).containsExactly(0.1f, 0.5f, -0.5f);
  }
}
