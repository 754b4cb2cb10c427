package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CubicInterpolationTest {

  private final CubicInterpolation cubic = new CubicInterpolation();

  private float[] restore(float[] y, ClipLevels levels) {
    return Restorations.restore(
        cubic, y, levels, 22050, Eq16Blend.DEFAULT_TAU, true, Cancellation.NEVER);
  }

  @Test
  void bringsAClippedSineCloserToTheOriginal() {
    float[] x = Signals.sine(2000, 1 / 200.0, 1);
    float[] y = Signals.clip(x, 0.8f, 0.8f);

    float[] restored = restore(y, ClipLevels.symmetric(0.8f));

    assertThat(Sdr.db(x, restored)).isGreaterThan(Sdr.db(x, y) + 6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"knolls-23s-22k.wav", "northerners-59s-22k.wav"})
  void improvesRealMusicClippedWithLongRuns(String fixture) {
    float[] x = Signals.fixture(fixture);
    float[] y = Signals.clip(x, 0.1f, 0.1f);
    assertThat(Signals.longestRun(y, 0.1f)).isGreaterThan(150);

    float[] restored = restore(y, ClipLevels.symmetric(0.1f));

    assertThat(Sdr.db(x, restored)).isGreaterThan(Sdr.db(x, y) + 1);
  }

  @Test
  void neverRaisesAPeakBeyondTheMaximumRatioOfTheLevel() {
    float[] x = Signals.sine(4000, 1 / 2000.0, 10);
    float[] y = Signals.clip(x, 0.5f, 0.5f);

    float[] estimate =
        new CubicInterpolation(2)
            .estimate(y, ClipLevels.symmetric(0.5f), 22050, Cancellation.NEVER);

    for (float v : estimate) {
      assertThat(Math.abs(v)).isLessThanOrEqualTo(1.0f + 1e-6f);
    }
  }

  @Test
  void leavesRunsTouchingTheBlockEdgesAtTheLevel() {
    float[] y = {0.5f, 0.5f, 0.2f, 0.1f, 0.2f, 0.5f, 0.5f};

    float[] estimate = cubic.estimate(y, ClipLevels.symmetric(0.5f), 22050, Cancellation.NEVER);

    assertThat(estimate).containsExactly(y);
  }

  @Test
  void restoresRunsOfEachPolarityOnTheirOwnSide() {
    float[] x = Signals.sine(400, 1 / 100.0, 1);
    ClipLevels levels = new ClipLevels(0.9f, 0.6f);
    float[] y = Signals.clip(x, 0.9f, 0.6f);

    float[] restored = restore(y, levels);

    for (int i = 0; i < y.length; i++) {
      if (y[i] >= 0.9f) {
        assertThat(restored[i]).isGreaterThanOrEqualTo(0.9f);
      } else if (y[i] <= -0.6f) {
        assertThat(restored[i]).isLessThanOrEqualTo(-0.6f);
      }
    }
    assertThat(Sdr.db(x, restored)).isGreaterThan(Sdr.db(x, y));
  }
}
