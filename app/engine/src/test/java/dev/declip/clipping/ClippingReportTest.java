package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClippingReportTest {

  private final ClippingReport report =
      new ClippingReport(
          List.of(
              new ChannelReport(
                  0,
                  Optional.of(new ClipLevels(0.5f, Float.POSITIVE_INFINITY)),
                  LevelSource.AUTOMATIC,
                  new ChannelCount(30, 1000, 4, 11, 0),
                  22050),
              new ChannelReport(
                  1,
                  Optional.empty(),
                  LevelSource.NONE,
                  new ChannelCount(0, 1000, 0, 0, 0),
                  22050)),
          List.of(new ClippedRun(0, 17, 11, Polarity.POSITIVE)),
          3);

  @Test
  void printsOneTableLineForAClippedChannelAndSaysWhenNoneWasFound() {
    String[] lines = report.toText().split("\n");

    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains("automatic", "-6.02 / none", "30", "3.000", "11 /   0.5ms");
    assertThat(lines[2]).startsWith("2").contains("no clipping found");
  }

  @Test
  void writesJsonWithStableNamesAndNullForAPolarityThatDidNotClip() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    JsonNode first = json.get("channels").get(0);

    assertThat(first.get("source").asText()).isEqualTo("AUTOMATIC");
    assertThat(first.get("positiveLevel").asDouble()).isEqualTo(0.5);
    assertThat(first.get("positiveLevelDbfs").asDouble())
        .isCloseTo(-6.02, org.assertj.core.api.Assertions.within(0.01));
    assertThat(first.get("negativeLevel").isNull()).isTrue();
    assertThat(first.get("clippedPercent").asDouble()).isEqualTo(3.0);
    assertThat(first.get("longestRunSamples").asLong()).isEqualTo(11);
    assertThat(json.get("channels").get(1).get("positiveLevel").isNull()).isTrue();
    assertThat(json.get("runs").get(0).get("startFrame").asLong()).isEqualTo(17);
    assertThat(json.get("droppedRuns").asLong()).isEqualTo(3);
  }

  @Test
  void numbersChannelsFromOneInJsonAsInTheTextReportAndTheLevelsOption() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("channels").get(0).get("channel").asInt()).isEqualTo(1);
    assertThat(json.get("channels").get(1).get("channel").asInt()).isEqualTo(2);
    assertThat(json.get("runs").get(0).get("channel").asInt()).isEqualTo(1);
  }
}
