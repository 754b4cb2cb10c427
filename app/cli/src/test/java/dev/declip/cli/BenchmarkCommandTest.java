package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.TestModels;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

  @TempDir Path dir;

  @Test
  void printsRealTimeFactorsOfCubicTheNetworkBestAndASpade() throws Exception {
    Path model = TestModels.writeRandomUNet(dir);

    CliRun run =
        declip(
            "benchmark",
            "--seconds",
            "3",
            "--aspade-seconds",
            "1",
            "--repeat",
            "1",
            "--model",
            model,
            "--threads",
            "1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0))
        .startsWith("Input: demo-3s.wav, 3.0 s, 2 ch, 44100 Hz; 1 inference threads");
    assertThat(run.outLines().get(1))
        .matches("algorithm +total RTF +decode +detect +inference +encode +vs cubic");
    assertRow(run.outLines().get(2), "cubic (reference)");
    assertRow(run.outLines().get(3), "neural (fast)");
    assertRow(run.outLines().get(4), "best");
    assertRow(run.outLines().get(5), "A-SPADE (first 1 s)");
    assertThat(run.outLines().get(2)).endsWith(" 1.0x");
  }

  /**
   * A row: its label, the total real-time factor, those of decode, detect, inference and encode,
   * then the ratio to cubic. The stages are parts of the total, so none may exceed it; decode is
   * left out of that check until the engine stops booking the restore pass's decoding twice
   * (BlockwiseRestoration times fill() on the clock its TimedSource already runs).
   */
  private static void assertRow(String line, String label) {
    assertThat(line).startsWith(label + " ");
    String[] fields = line.substring(label.length()).trim().split("\\s+");
    assertThat(fields).hasSize(6);
    double[] rtf = Arrays.stream(fields, 0, 5).mapToDouble(Double::parseDouble).toArray();
    assertThat(rtf[0]).isPositive();
    assertThat(rtf[1]).isNotNegative();
    for (int stage = 2; stage < 5; stage++) {
      assertThat(rtf[stage]).isBetween(0.0, rtf[0]);
    }
    assertThat(fields[5]).matches("\\d+\\.\\dx");
  }
}
