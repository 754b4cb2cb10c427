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
    // The detector finds no clipping in this MP3 (its plateaus ripple after encoding), so the level
    // is given as a user would after looking at `declip detect`: a little below the -6 dB it was
    // clipped at.
    Path in = TestRecordings.clippedMp3(dir);
    Path out = dir.resolve("out.wav");

    CliRun run =
        declip(
            "restore", in, "-o", out, "--algorithm", "cubic", "--bits", "32f", "--levels", "-7dB");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("gain +0.00 dB");
    assertRestoredConsistently(in, out, "-7dB");
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
}
