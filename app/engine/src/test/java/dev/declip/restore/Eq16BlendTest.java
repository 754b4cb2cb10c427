package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.clipping.ClipLevels;
import org.junit.jupiter.api.Test;

class Eq16BlendTest {

  private final Eq16Blend blend = new Eq16Blend(0.95);

  @Test
  void keepsSamplesBelowTauTimesLevelBitIdenticalEvenWhenTheEstimateIsNotFinite() {
    float[] y = {0.3f, -0.5f, 0.94f};
    float[] f = {Float.NaN, Float.POSITIVE_INFINITY, 1e30f};

    float[] x = blend.apply(y, f, ClipLevels.symmetric(1f));

    assertThat(x).containsExactly(y);
  }

  @Test
  void takesTheEstimateOnClippedSamples() {
    float[] x =
        blend.apply(
            new float[] {0.5f, -0.5f}, new float[] {0.8f, -0.7f}, ClipLevels.symmetric(0.5f));

    assertThat(x).containsExactly(0.8f, -0.7f);
  }

  @Test
  void blendsHalfwayMidwayBetweenTauTimesLevelAndLevel() {
    float[] x = blend.apply(new float[] {0.975f}, new float[] {2f}, ClipLevels.symmetric(1f));

    assertThat(x[0]).isCloseTo(0.5f * 0.975f + 0.5f * 2f, within(1e-6f));
  }

  @Test
  void weighsEachPolarityByItsOwnLevel() {
    ClipLevels levels = new ClipLevels(0.5f, 0.25f);

    assertThat(blend.weight(0.25f, levels)).isZero();
    assertThat(blend.weight(-0.25f, levels)).isEqualTo(1);
  }

  @Test
  void neverTouchesAPolarityThatDidNotClip() {
    ClipLevels levels = new ClipLevels(0.5f, Float.POSITIVE_INFINITY);

    float[] x = blend.apply(new float[] {-0.9f}, new float[] {Float.NaN}, levels);

    assertThat(x).containsExactly(-0.9f);
  }
}
