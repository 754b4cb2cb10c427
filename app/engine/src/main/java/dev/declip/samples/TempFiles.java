package dev.declip.samples;

import dev.declip.io.StaleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    Path file = Files.createTempFile(dir, StaleFiles.ownedName(PREFIX), SUFFIX);
    file.toFile().deleteOnExit();
    return file;
  }

  /** Deletes the sample files in {@code dir} whose process has ended; see {@link StaleFiles}. */
  public static int deleteStale(Path dir) {
    return StaleFiles.delete(dir, PREFIX + "*" + SUFFIX, PREFIX);
  }
}
