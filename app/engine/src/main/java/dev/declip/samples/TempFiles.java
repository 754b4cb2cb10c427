package dev.declip.samples;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where declip parks decoded and restored samples: the temporary folder ({@code java.io.tmpdir}, or
 * the folder named by the system property {@value #PROPERTY}), never the output folder. Each file's
 * name carries the id of the process that made it, so a file left by a killed process is recognised
 * and deleted by the next run, while the files of a running process are left alone.
 */
public final class TempFiles {
  /** The system property naming another folder for the temporary sample files. */
  public static final String PROPERTY = "declip.tmpdir";

  static final String PREFIX = "declip-samples-";
  static final String SUFFIX = ".f32";

  private static volatile boolean swept;

  private TempFiles() {}

  /** The folder the sample files go to. */
  public static Path folder() {
    String chosen = System.getProperty(PROPERTY);
    return Path.of(
        chosen != null && !chosen.isBlank() ? chosen : System.getProperty("java.io.tmpdir"));
  }

  /**
   * A new empty file for samples, deleted when the JVM exits normally or on Ctrl-C should its owner
   * not get to close it; the first call also deletes files of processes no longer running.
   */
  static Path create() throws IOException {
    Path dir = folder();
    if (!swept) {
      swept = true;
      deleteStale(dir);
    }
    Path file = Files.createTempFile(dir, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
    file.toFile().deleteOnExit();
    return file;
  }

  /**
   * Deletes the sample files in {@code dir} whose process has ended (killed before it could clean
   * up). A name that does not parse, or whose process still runs, is left alone.
   *
   * @return how many files were deleted
   */
  public static int deleteStale(Path dir) {
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
      for (Path file : files) {
        Optional<Long> pid = ownerOf(file.getFileName().toString());
        if (pid.isPresent() && ProcessHandle.of(pid.get()).isEmpty()) {
          deleted += Files.deleteIfExists(file) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Cleaning up after another process is a courtesy: a folder we cannot list is not an error.
    }
    return deleted;
  }

  /** The process id in a name {@code declip-samples-<pid>-<random>.f32}, if it has one. */
  static Optional<Long> ownerOf(String name) {
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      return dash > 0 ? Optional.of(Long.parseLong(rest.substring(0, dash))) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
