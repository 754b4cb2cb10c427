package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class GainDistributionTest {

  private static double[] draw(GainDistribution distribution, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    return DoubleStream.generate(() -> distribution.sample(random)).limit(count).toArray();
  }

  @Test
  void parsesAUniformSpec() {
    assertThat(GainDistribution.parse("uniform:0.1,2"))
        .isEqualTo(new GainDistribution.Uniform(0.1, 2));
  }

  @Test
  void uniformGainsStayWithinTheBoundsAndSpreadOverThem() {
    double[] gains = draw(GainDistribution.parse("uniform:0.5,1.5"), 7, 10_000);
    assertThat(DoubleStream.of(gains)).allMatch(g -> g >= 0.5 && g <= 1.5);
    assertThat(DoubleStream.of(gains).min().orElseThrow()).isLessThan(0.51);
    assertThat(DoubleStream.of(gains).max().orElseThrow()).isGreaterThan(1.49);
  }

  @Test
  void logUniformGainsStayWithinTheBoundsWithAsManyBelowOneAsAbove() {
    double[] gains = draw(GainDistribution.parse("loguniform:0.25,4"), 7, 10_000);
    assertThat(DoubleStream.of(gains)).allMatch(g -> g >= 0.25 && g <= 4);
    assertThat(DoubleStream.of(gains).filter(g -> g < 1).count()).isBetween(4_800L, 5_200L);
  }

  @Test
  void theSameSeedGivesTheSameGains() {
    GainDistribution distribution = GainDistribution.AUDIO_DEFAULT;
    assertThat(draw(distribution, 42, 100)).isEqualTo(draw(distribution, 42, 100));
    assertThat(draw(distribution, 42, 100)).isNotEqualTo(draw(distribution, 43, 100));
  }

  @Test
  void samplerGivesOneGainPerExampleAsAColumn() {
    try (NDManager manager = NDManager.newBaseManager()) {
      GainSampler sampler = new GainSampler(GainDistribution.AUDIO_DEFAULT, 1);
      assertThat(sampler.draw(manager, 5).getShape().getShape()).containsExactly(5, 1);
    }
  }

  @Test
  void rejectsNonPositiveBounds() {
    assertThatThrownBy(() -> GainDistribution.parse("uniform:0,2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 < min");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> GainDistribution.parse("gauss:1,2"))
        .hasMessageContaining("'gauss:1,2'");
  }
}
