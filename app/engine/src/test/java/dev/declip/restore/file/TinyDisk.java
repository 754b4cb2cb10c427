package dev.declip.restore.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs to fill up, for the full-disk tests; needs root (CI and the dev machines run as
 * root).
 */
final class TinyDisk {
  private TinyDisk() {}

  static Path mount(Path mountPoint, String size) throws IOException, InterruptedException {
    Files.createDirectories(mountPoint);
    int exit = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
    Assumptions.assumeTrue(exit == 0, "cannot mount a tmpfs here (not root?)");
    return mountPoint;
  }

  static void unmount(Path mountPoint) throws IOException, InterruptedException {
    run("umount", mountPoint.toString());
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }
}
