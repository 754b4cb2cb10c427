package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the integer writers clamp: codes beyond the signed range after rounding. */
class SampleQuantizerTest {

  @Test
  void sixteenBitSampleRoundingToTheLargestCodeIsNotClamped() {
    float sample = 32767.4f / 32768;

    assertThat(SampleQuantizer.clamps(sample, 16)).isFalse();
    assertThat(SampleQuantizer.quantize(sample, 16)).isEqualTo(32767);
  }

  @Test
  void sixteenBitSampleRoundingPastTheLargestCodeIsClamped() {
    float sample = 32767.6f / 32768;

    assertThat(SampleQuantizer.clamps(sample, 16)).isTrue();
    assertThat(SampleQuantizer.quantize(sample, 16)).isEqualTo(32767);
  }

  @Test
  void negativeFullScaleFitsButBelowItIsClamped() {
    assertThat(SampleQuantizer.clamps(-1.0f, 24)).isFalse();
    assertThat(SampleQuantizer.clamps(-1.0001f, 24)).isTrue();
    assertThat(SampleQuantizer.quantize(-1.0001f, 24)).isEqualTo(-(1L << 23));
  }

  @Test
  void nanIsSilenceAndNotCountedAsClipped() {
    assertThat(SampleQuantizer.clamps(Float.NaN, 16)).isFalse();
    assertThat(SampleQuantizer.quantize(Float.NaN, 16)).isZero();
  }
}
