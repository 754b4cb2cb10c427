package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.audio.SampleEncoding;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GainPolicyTest {

  private static RestoredLevels levels(float samplePeak, float restoredTrue, float otherTrue) {
    return new RestoredLevels(
        samplePeak,
        Math.max(restoredTrue, otherTrue),
        samplePeak,
        restoredTrue,
        otherTrue,
        Math.min(samplePeak, otherTrue),
        10,
        3.0);
  }

  @Test
  void theCeilingBringsEveryTruePeakToItOrBelowAndFitsIntegerOutput() {
    SplittableRandom random = new SplittableRandom(11);
    double ceiling = Math.pow(10, -0.3 / 20);
    for (int i = 0; i < 100_000; i++) {
      float peak = (float) (0.5 + random.nextDouble() * 3);
      float truePeak = peak * (float) (1 + random.nextDouble() * 0.1);
      GainPlan plan =
          GainPolicy.AUTOMATIC.plan(levels(peak, truePeak, 0.5f), SampleEncoding.PCM_16);
      // The writers multiply in float; the float product must stay under the ceiling.
      assertThat((double) (truePeak * plan.gain())).isLessThanOrEqualTo(ceiling);
      assertThat(plan.truePeakAfter()).isLessThanOrEqualTo(ceiling);
      if (truePeak > ceiling) {
        assertThat(plan.truePeakAfter()).isCloseTo(ceiling, within(1e-6));
      } else {
        assertThat(plan.gain()).isEqualTo(1f);
      }
    }
  }

  @Test
  void automaticKeepsFloatOutputAsItIsAndLowersIntegerOutput() {
    RestoredLevels loud = levels(1.6f, 1.7f, 0.9f);
    assertThat(GainPolicy.AUTOMATIC.plan(loud, SampleEncoding.FLOAT_32).gain()).isEqualTo(1f);
    assertThat(GainPolicy.AUTOMATIC.plan(loud, SampleEncoding.PCM_24).gainDb())
        .isCloseTo(-0.3 - 20 * Math.log10(1.7), within(1e-5));
  }

  @Test
  void aChosenCeilingAppliesToFloatOutputToo() {
    GainPolicy policy = GainPolicy.AUTOMATIC.withMode(GainPolicy.Mode.CEILING).withCeilingDb(-1.0);
    GainPlan plan = policy.plan(levels(1.6f, 1.7f, 0.9f), SampleEncoding.FLOAT_32);
    assertThat(20 * Math.log10(plan.truePeakAfter())).isCloseTo(-1.0, within(1e-5));
  }

  @Test
  void makeupGainRaisesTheLevelUntilTheCeilingHoldsItBack() {
    GainPolicy policy = GainPolicy.AUTOMATIC.withMakeupDb(6);
    GainPlan quiet = policy.plan(levels(0.2f, 0.25f, 0.2f), SampleEncoding.PCM_16);
    assertThat(quiet.gainDb()).isCloseTo(6, within(1e-5));
    GainPlan loud = policy.plan(levels(0.8f, 0.9f, 0.5f), SampleEncoding.PCM_16);
    assertThat(20 * Math.log10(loud.truePeakAfter())).isCloseTo(-0.3, within(1e-5));
  }

  @Test
  void theLimiterKeepsTheGainAndPromisesTheCeilingWhereRestoredPeaksRiseAboveIt() {
    GainPolicy limit = GainPolicy.AUTOMATIC.withMode(GainPolicy.Mode.LIMIT);
    GainPlan plan = limit.plan(levels(1.5f, 1.6f, 0.7f), SampleEncoding.PCM_16);
    assertThat(plan.gain()).isEqualTo(1f);
    assertThat(plan.limits()).isTrue();
    assertThat(20 * Math.log10(plan.truePeakAfter())).isCloseTo(-0.3, within(1e-6));
    GainPlan below = limit.plan(levels(0.5f, 0.6f, 0.7f), SampleEncoding.PCM_16);
    assertThat(below.limits()).isFalse();
    assertThat(below.truePeakAfter()).isCloseTo(0.7, within(1e-6));
  }

  @Test
  void aFixedGainIsAppliedAsAsked() {
    GainPlan plan = GainPolicy.fixed(-3).plan(levels(1.5f, 1.6f, 0.7f), SampleEncoding.PCM_16);
    assertThat(plan.gainDb()).isCloseTo(-3, within(1e-5));
    assertThat(plan.samplePeakAfter()).isCloseTo(1.5 * Math.pow(10, -3 / 20.0), within(1e-6));
  }
}
