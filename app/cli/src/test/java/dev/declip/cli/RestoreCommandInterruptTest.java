package dev.declip.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.declip.bundle.BundledFiles;
import dev.declip.model.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real {@code declip} process: exit 130 and nothing left in the output folder or in the
 * temporary folder.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class RestoreCommandInterruptTest {

  private static final long TIMEOUT_SECONDS = 60;

  @TempDir Path dir;

  @Test
  void ctrlCExitsWith130AndLeavesNoPartialOrTemporaryFile() throws Exception {
    assumeFalse(
        sigintIgnored(), "SIGINT is ignored in this environment, so the child would ignore it too");
    // Long enough that the restore pass is still running when the signal arrives.
    Path in = TestRecordings.looped(dir.resolve("long.wav"), 90);
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Path temp = Files.createDirectory(dir.resolve("tmp"));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process declip =
        ChildDeclip.start(
            List.of("-Ddeclip.tmpdir=" + temp),
            stdout,
            stderr,
            "restore",
            in.toString(),
            "-o",
            outDir.resolve("out.wav").toString(),
            "--algorithm",
            "cubic",
            "--no-progress");
    try {
      awaitTemporaryFile(outDir, declip);
      awaitTemporaryFile(temp, declip);

      new ProcessBuilder("kill", "-INT", Long.toString(declip.pid())).inheritIO().start().waitFor();

      assertThat(declip.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
          .as("exited after SIGINT")
          .isTrue();
      assertThat(declip.exitValue()).as(Files.readString(stderr)).isEqualTo(130);
      assertThat(filesIn(outDir)).isEmpty();
      assertThat(filesIn(temp)).as("the decoded and restored samples").isEmpty();
      assertThat(Files.readString(stderr)).contains("declip: cancelled");
      assertThat(Files.readString(stdout)).isEmpty();
    } finally {
      declip.destroyForcibly();
    }
  }

  @Test
  void ctrlCAtAnyMomentOfStartingTheNetworkExitsWith130InOneLineWithoutACrash() throws Exception {
    assumeFalse(
        sigintIgnored(), "SIGINT is ignored in this environment, so the child would ignore it too");
    // The shipped model takes longest to start, so the signal most often lands in native code.
    Path model = BundledFiles.defaultModel().orElse(TestModels.writeRandomUNet(dir));
    Path in = TestRecordings.looped(dir.resolve("long.wav"), 30);
    Path outDir = Files.createDirectory(dir.resolve("out"));
    for (int millis : new int[] {150, 400, 700, 1000, 1400, 2000}) {
      Path stderr = dir.resolve("stderr-" + millis + ".txt");
      Process declip =
          ChildDeclip.start(
              List.of("-XX:ErrorFile=" + dir.resolve("hs_err_%p.log")),
              dir.resolve("stdout.txt"),
              stderr,
              "restore",
              in.toString(),
              "-o",
              outDir.resolve("out.wav").toString(),
              "--model",
              model.toString(),
              "--no-progress");
      try {
        Thread.sleep(millis);
        new ProcessBuilder("kill", "-INT", Long.toString(declip.pid())).start().waitFor();
        assertThat(declip.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(stderr);
        assertThat(declip.exitValue()).as("after %d ms: %s", millis, err).isEqualTo(130);
        // Before the JVM has started the command there is no one to say it; after, one line.
        assertThat(err.lines().filter(l -> l.startsWith("declip:")).toList())
            .as("after %d ms", millis)
            .hasSizeLessThanOrEqualTo(1)
            .allMatch(line -> line.equals("declip: cancelled; no partial output was left"));
        assertThat(err).as("after %d ms", millis).doesNotContain("Exception", "\tat ", "#");
        assertThat(filesIn(outDir)).as("after %d ms", millis).isEmpty();
        assertThat(filesIn(dir).stream().map(p -> p.getFileName().toString()))
            .as("after %d ms", millis)
            .noneMatch(name -> name.startsWith("hs_err"));
      } finally {
        declip.destroyForcibly();
      }
    }
  }

  /** Waits until the restore writes a file in {@code folder}. */
  private static void awaitTemporaryFile(Path folder, Process declip) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (filesIn(folder).isEmpty()) {
      assertThat(declip.isAlive())
          .as("declip still running before any temporary file appeared")
          .isTrue();
      assertThat(System.nanoTime()).as("a temporary file appeared in time").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.toList();
    }
  }

  /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc); a child inherits that. */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("SigIgn:"))
        .anyMatch(line -> (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0);
  }
}
