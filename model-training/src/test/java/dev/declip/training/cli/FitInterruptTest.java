package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.declip.training.data.Recordings;
import dev.declip.training.fit.FitRequest;
import dev.declip.training.fit.FitRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on a real {@code declip-train fit}: exit 130, the last whole epoch kept, no model. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class FitInterruptTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @Test
  void ctrlCKeepsTheLastCheckpointAndWritesNoModel() throws Exception {
    assumeFalse(sigintIgnored(), "SIGINT is ignored here, so the child would ignore it too");
    Recordings.clippedStereo(dir.resolve("songs/take.wav"), 8000, 2, 5);
    Path model = dir.resolve("model.onnx");
    Path checkpoint = FitRequest.defaultRunDir(model).resolve(FitRun.CHECKPOINT);
    Path stderr = dir.resolve("stderr.txt");
    Process fit =
        start(
            stderr,
            TinyFit.args(
                "--data",
                dir.resolve("songs"),
                model,
                "--epochs",
                "1000",
                "--steps-per-epoch",
                "1",
                "--no-progress"));
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      while (!Files.exists(checkpoint)) {
        assertThat(fit.isAlive()).as("still training before the first checkpoint").isTrue();
        assertThat(System.nanoTime()).as("a checkpoint in time").isLessThan(deadline);
        Thread.sleep(20);
      }

      new ProcessBuilder("kill", "-INT", Long.toString(fit.pid())).inheritIO().start().waitFor();

      assertThat(fit.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("exited").isTrue();
      assertThat(fit.exitValue()).as(Files.readString(stderr)).isEqualTo(130);
      assertThat(Files.readString(stderr)).contains("the last whole epoch is kept", "--resume");
      assertThat(model).doesNotExist();
      assertThat(checkpoint).exists();
    } finally {
      fit.destroyForcibly();
    }
  }

  private static Process start(Path stderr, String[] args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dai.djl.offline=true");
    command.add(TrainCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile())
        .start();
  }

  /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc); a child inherits that. */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    return Files.isReadable(status)
        && Files.readAllLines(status).stream()
            .filter(line -> line.startsWith("SigIgn:"))
            .anyMatch(line -> (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0);
  }
}
