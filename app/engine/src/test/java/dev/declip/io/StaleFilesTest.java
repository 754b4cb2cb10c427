package dev.declip.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleFilesTest {
  @TempDir Path dir;

  /** The id of a process that has ended. */
  private static long endedProcess() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  @Test
  void deletesTheFilesOfAProcessThatEndedAndKeepsTheFilesOfARunningOne() throws Exception {
    Path stale = Files.createFile(dir.resolve("declip-x-" + endedProcess() + "-a.tmp"));
    Path live = Files.createFile(dir.resolve(StaleFiles.ownedName("declip-x-") + "b.tmp"));
    Path unnamed = Files.createFile(dir.resolve("declip-x-notapid-c.tmp"));
    Path other = Files.createFile(dir.resolve("song.wav"));

    assertThat(StaleFiles.delete(dir, "declip-x-*.tmp", "declip-x-")).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(live).exists();
    assertThat(unnamed).exists();
    assertThat(other).exists();
  }

  @Test
  void aPartLeftByAKilledWriteIsDeletedWhenTheSameOutputIsWrittenAgain() throws Exception {
    Path left = Files.createFile(dir.resolve(".out.wav." + endedProcess() + "-k3j.part"));
    Path otherOutput = Files.createFile(dir.resolve(".other.wav." + endedProcess() + "-k3j.part"));
    try (SafeOutputFile file = SafeOutputFile.beside(dir.resolve("out.wav"), false)) {
      assertThat(left).doesNotExist();
      assertThat(file.temporary()).exists();
      assertThat(otherOutput).exists();
    }
  }

  @Test
  void aFolderThatCannotBeListedIsNotAnError() throws IOException {
    assertThat(StaleFiles.delete(dir.resolve("missing"), "*", "x")).isZero();
  }
}
