package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.declip.audio.AudioFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code declip detect}. The test inputs are hard-clipped, so each channel's clip levels are its
 * largest and smallest sample: the expected levels are read straight from the samples.
 */
class DetectCommandTest {

  @TempDir Path dir;

  @Test
  void printsATableWithTheClipLevelsOfEachChannel() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run = declip("detect", in);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo(in.toString());
    for (int c = 0; c < 2; c++) {
      String levels =
          String.format(Locale.ROOT, "%.2f / %.2f", dbfs(peak(in, c, 1)), dbfs(peak(in, c, -1)));
      assertThat(run.out()).containsPattern("(?m)^" + (c + 1) + " +automatic +" + levels + " ");
    }
  }

  @Test
  void printsValidJsonWithTheLevelsOfEveryFile() throws Exception {
    Path a = TestRecordings.clipped(dir.resolve("a.wav"));
    Path b = TestRecordings.clipped(dir.resolve("b.flac"), 0.3f);

    CliRun run = declip("detect", "--json", a, b);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode files = new ObjectMapper().readTree(run.out());
    assertThat(files).hasSize(2);
    int i = 0;
    for (Path file : new Path[] {a, b}) {
      JsonNode report = files.get(i++);
      assertThat(report.get("file").asText()).isEqualTo(file.toString());
      JsonNode channels = report.get("clipping").get("channels");
      assertThat(channels).hasSize(2);
      for (int c = 0; c < 2; c++) {
        JsonNode channel = channels.get(c);
        assertThat(channel.get("source").asText()).isEqualTo("AUTOMATIC");
        assertThat(channel.get("positiveLevel").asDouble())
            .isCloseTo(peak(file, c, 1), within(1e-6));
        assertThat(channel.get("negativeLevel").asDouble())
            .isCloseTo(peak(file, c, -1), within(1e-6));
        assertThat(channel.get("clippedSamples").asLong()).isPositive();
      }
    }
  }

  @Test
  void reportsLevelsGivenByHandAsManual() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun text = declip("detect", "--levels", "-8dB", in);
    CliRun json = declip("detect", "--json", "--levels", "-8dB", in);

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out())
        .containsPattern("(?m)^1 +manual +-8\\.00 / -8\\.00 ")
        .containsPattern("(?m)^2 +manual ");
    JsonNode channels =
        new ObjectMapper().readTree(json.out()).get(0).get("clipping").get("channels");
    assertThat(channels).hasSize(2);
    for (JsonNode channel : channels) {
      assertThat(channel.get("source").asText()).isEqualTo("MANUAL");
      assertThat(channel.get("positiveLevelDbfs").asDouble()).isCloseTo(-8.0, within(1e-4));
    }
  }

  @Test
  void exitsWithOneOnABrokenFileAfterReportingTheOthers() throws Exception {
    Path good = TestRecordings.clipped(dir.resolve("good.wav"));
    Path bad = TestRecordings.copyResource("/audio/bad/truncated.flac", dir);

    CliRun run = declip("detect", bad, good);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: truncated.flac: truncated");
    assertThat(run.out()).startsWith(good + System.lineSeparator()).contains("automatic");
  }

  /** The largest sample of one polarity of a channel, as a magnitude. */
  private static double peak(Path file, int channel, int sign) throws IOException {
    float peak = 0;
    for (float s : AudioFiles.readAll(file).samples()[channel]) {
      peak = Math.max(peak, sign * s);
    }
    return peak;
  }

  private static double dbfs(double linear) {
    return 20 * Math.log10(linear);
  }
}
