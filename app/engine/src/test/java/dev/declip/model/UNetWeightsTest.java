package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UNetWeightsTest {

  @Test
  void defaultSpecHasAboutOnePointEightFiveMillionWeights() {
    // k = 9; levels 16, 32, 64, 128; bottleneck 256; counted by hand from the layout's shapes.
    long down =
        (16 * 2 + 16 * 16 + 32 * 16 + 32 * 32 + 64 * 32 + 64 * 64 + 128 * 64 + 128 * 128) * 9L;
    long bottleneck = (256 * 128 + 256 * 256) * 9L;
    long upsample = (256 * 128 + 128 * 64 + 64 * 32 + 32 * 16) * 2L;
    long up =
        (128 * 256 + 128 * 128 + 64 * 128 + 64 * 64 + 32 * 64 + 32 * 32 + 16 * 32 + 16 * 16) * 9L;
    long head = 16;

    assertThat(UNetWeights.random(UNetSpec.defaults(), 0).parameterCount())
        .isEqualTo(down + bottleneck + upsample + up + head)
        .isEqualTo(1_852_208);
  }

  @Test
  void threeLevelUNetHasTheFourHundredSixtyThousandWeightsOfThePaperNotes() {
    assertThat(UNetWeights.random(new UNetSpec(3, 16, 9, true, true), 0).parameterCount())
        .isEqualTo(459_568);
  }

  @Test
  void aChannelCapStopsTheDoublingAtTheCap() {
    UNetSpec capped = new UNetSpec(6, 16, 9, true, true, 64);

    assertThat(java.util.stream.IntStream.rangeClosed(0, 6).map(capped::channels).toArray())
        .containsExactly(16, 32, 64, 64, 64, 64, 64);
    assertThat(capped.toJson()).contains("\"maxChannels\":64");
    assertThat(UNetSpec.defaults().toJson()).doesNotContain("maxChannels");
  }

  @Test
  void receptiveFieldGrowsWithDepthAndKernel() {
    // Depth 4, kernel 9: 8 * (4 * 15 + 2 * 16) + 1 samples, 17 ms at 44.1 kHz.
    assertThat(UNetSpec.defaults().receptiveField()).isEqualTo(737);
    // Depth 7: 8 * (4 * 127 + 2 * 128) + 1 = 6113 samples, 139 ms at 44.1 kHz.
    assertThat(new UNetSpec(7, 16, 9, true, true, 64).receptiveField()).isEqualTo(6113);
  }

  @Test
  void sameSeedGivesSameWeights() {
    assertThat(UNetWeights.random(TestModels.SMALL, 9).get("up.0.upsample.weight"))
        .containsExactly(UNetWeights.random(TestModels.SMALL, 9).get("up.0.upsample.weight"));
  }

  @Test
  void namesParametersTopDownThenBottomUp() {
    assertThat(UNetLayout.of(new UNetSpec(1, 4, 3, true, true)))
        .extracting(UNetLayout.Entry::name)
        .containsExactly(
            "down.0.conv1.weight",
            "down.0.conv2.weight",
            "bottleneck.conv1.weight",
            "bottleneck.conv2.weight",
            "up.0.upsample.weight",
            "up.0.conv1.weight",
            "up.0.conv2.weight",
            "head.weight");
  }

  @Test
  void transposedConvolutionWeightsAreInputChannelsFirst() {
    assertThat(UNetLayout.of(new UNetSpec(1, 4, 3, true, true)))
        .filteredOn(e -> e.name().equals("up.0.upsample.weight"))
        .singleElement()
        .satisfies(e -> assertThat(e.shape()).containsExactly(8, 4, 2));
  }

  @Test
  void refusesNamedWeightsOfTheWrongSize() {
    assertThatThrownBy(
            () ->
                UNetWeights.of(
                    new UNetSpec(0, 1, 1, false, false),
                    Map.of(
                        "bottleneck.conv1.weight",
                        new float[2],
                        "bottleneck.conv2.weight",
                        new float[1],
                        "head.weight",
                        new float[1])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bottleneck.conv1.weight must hold 1 values");
  }
}
