package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static dev.declip.cli.Consistency.assertRestoredConsistently;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code declip restore} without {@code --model} restores with the shipped model, found where the
 * launcher says the models are (here, as in the build, the source tree's {@code assets/}).
 */
class ShippedModelRestoreTest {

  @TempDir Path dir;

  @Test
  void restoresTheDemoRecordingWithTheShippedModelWhenNoModelIsGiven() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out.wav");

    CliRun run = declip("restore", in, "-o", out, "--bits", "32f");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("neural:declip-default.onnx");
    assertRestoredConsistently(in, out);
  }
}
