package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static dev.declip.cli.Consistency.assertRestoredConsistently;
import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {

  @TempDir Path dir;

  @Test
  void restoresAClippedWavKeepingEveryUnclippedSample() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run = declip("restore", in, "-o", out, "--algorithm", "cubic", "--bits", "32f");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("cubic", "gain +0.00 dB", "FLOAT_32");
    assertThat(run.out()).containsPattern("[1-9][0-9,]* clipped samples in [1-9][0-9,]* runs");
    assertRestoredConsistently(in, out);
  }

  @Test
  void restoresWithTheSparseDeclipperWhenAskedForIt() throws Exception {
    Path in = TestRecordings.clippedBriefly(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run = declip("restore", in, "-o", out, "--algorithm", "aspade", "--bits", "32f");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("a-spade");
    assertRestoredConsistently(in, out);
  }

  @Test
  void restoresAClippedFlacIntoFlacWithoutGain() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.flac"));
    Path out = dir.resolve("out.flac");

    CliRun run = declip("restore", in, "-o", out, "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("gain +0.00 dB", "PCM_16");
    assertRestoredConsistently(in, out);
  }

  @Test
  void restoresAClippedMp3KeepingItsDecodedSamples() throws Exception {
    // Its plateaus ripple after encoding; the detector's lossy scales find the level anyway.
    Path in = TestRecordings.clippedMp3(dir);
    Path out = dir.resolve("out.wav");

    CliRun run = declip("restore", in, "-o", out, "--algorithm", "cubic", "--bits", "32f");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("gain +0.00 dB");
    assertRestoredConsistently(in, out);
  }

  @Test
  void restoresWithTheNetworkOfTheGivenModelAndNamesIt() throws Exception {
    Path model = TestModels.writeRandomUNet(dir);
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run =
        declip("restore", in, "-o", out, "--model", model, "--bits", "32f", "--threads", "1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("neural:" + model.getFileName(), "gain +0.00 dB");
    assertRestoredConsistently(in, out);
  }

  @Test
  void restoresWithTheBestQualityKeepingEveryUnclippedSample() throws Exception {
    Path model = TestModels.writeRandomUNet(dir);
    Path in = TestRecordings.clippedBriefly(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run =
        declip(
            "restore",
            in,
            "-o",
            out,
            "--model",
            model,
            "--quality",
            "best",
            "--bits",
            "32f",
            "--threads",
            "1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("best: seeded a-spade on neural:" + model.getFileName());
    assertRestoredConsistently(in, out);
  }
}
