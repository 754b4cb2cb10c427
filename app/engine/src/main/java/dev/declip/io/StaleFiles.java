package dev.declip.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Temporary files named {@code <prefix><pid>-<anything>}: the id of the process that made the file
 * tells whether it is still in use, so a file left by a killed process (SIGKILL leaves no chance to
 * clean up) is deleted by the next run, and the files of a running process are left alone.
 */
public final class StaleFiles {
  private StaleFiles() {}

  /** {@code prefix} followed by this process's id and a dash: the start of a file name to make. */
  public static String ownedName(String prefix) {
    return prefix + ProcessHandle.current().pid() + "-";
  }

  /**
   * Deletes the files of {@code dir} matching {@code glob} whose name, after {@code prefix}, names
   * a process that no longer runs. A name that does not parse is left alone, and so is a folder
   * that cannot be listed: cleaning up after another process is a courtesy, never an error.
   *
   * @return how many files were deleted
   */
  public static int delete(Path dir, String glob, String prefix) {
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      for (Path file : files) {
        Optional<Long> pid = ownerOf(file.getFileName().toString(), prefix);
        if (pid.isPresent() && ProcessHandle.of(pid.get()).isEmpty()) {
          deleted += Files.deleteIfExists(file) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // See above: nothing to report.
    }
    return deleted;
  }

  /** The process id in a name {@code <prefix><pid>-<anything>}, if it has one. */
  static Optional<Long> ownerOf(String name, String prefix) {
    if (!name.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = name.substring(prefix.length());
    int dash = rest.indexOf('-');
    try {
      return dash > 0 ? Optional.of(Long.parseLong(rest.substring(0, dash))) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
