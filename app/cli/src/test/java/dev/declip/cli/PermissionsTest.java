package dev.declip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the user may not write and a file the user may not read, met by the real {@code declip}
 * as an ordinary user meets them (see {@link ChildDeclip#startWithoutPermissionOverride}).
 */
class PermissionsTest {

  @TempDir Path dir;

  @Test
  void refusesAReadOnlyOutputFolderAndWritesNothingThere() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path folder = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path out = folder.resolve("out.wav");
    try {
      Run run = declip("restore", in.toString(), "-o", out.toString(), "--algorithm", "cubic");

      assertThat(run.exit()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).contains("permission denied; nothing was written");
      try (Stream<Path> left = Files.list(folder)) {
        assertThat(left).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void reportsAnInputItMayNotReadAsPermissionDenied() throws Exception {
    Path secret = TestRecordings.clipped(dir.resolve("secret.wav"));
    Files.setPosixFilePermissions(secret, Set.of());

    Run run = declip("detect", secret.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("secret.wav: permission denied; the file cannot be read");
  }

  private record Run(int exit, String err) {}

  private Run declip(String... args) throws Exception {
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process declip = ChildDeclip.startWithoutPermissionOverride(stdout, stderr, args);
    assertThat(declip.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(declip.exitValue(), Files.readString(stderr));
  }
}
