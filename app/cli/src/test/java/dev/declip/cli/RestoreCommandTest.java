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

  @Test
  void restoresOnlyTheTimeRangeAskedAndWritesTheRestAsDecoded() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run =
        declip(
            "restore", in, "-o", out, "-a", "cubic", "--bits", "32f", "--from", "0:00.5", "--to",
            "1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    float[][] y = dev.declip.audio.AudioFiles.readAll(in).samples();
    float[][] x = dev.declip.audio.AudioFiles.readAll(out).samples();
    long changedInside = 0;
    for (int c = 0; c < y.length; c++) {
      for (int i = 0; i < y[c].length; i++) {
        if (i < 22_050 || i >= 44_100) {
          assertThat(x[c][i]).as("channel %d frame %d", c, i).isEqualTo(y[c][i]);
        } else {
          changedInside += x[c][i] != y[c][i] ? 1 : 0;
        }
      }
    }
    assertThat(changedInside).isPositive();
  }

  @Test
  void limitsRestoredPeaksToTheCeilingAsked() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run =
        declip(
            "restore",
            in,
            "-o",
            out,
            "-a",
            "cubic",
            "--bits",
            "24",
            "--gain",
            "limit",
            "--ceiling",
            "-3",
            "--makeup",
            "1.5");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("gain +1.50 dB");
    assertThat(run.err()).contains("the limiter lowered");
    float truePeak =
        dev.declip.levels.TruePeak.of(dev.declip.audio.AudioFiles.readAll(out).samples());
    assertThat(20 * Math.log10(truePeak)).isLessThanOrEqualTo(-3 + 0.05);
  }
}
