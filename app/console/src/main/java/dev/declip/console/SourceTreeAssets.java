package dev.declip.console;

import dev.declip.bundle.BundledFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launchers say where the bundled files are ({@code -Ddeclip.home}, {@code -Ddeclip.models}). A
 * command line started without one, from an IDE or a test's child JVM, runs in the source tree: it
 * uses the first {@code assets/} folder above the working directory.
 */
public final class SourceTreeAssets {
  private SourceTreeAssets() {}

  /** Sets {@code declip.home} to the source tree's {@code assets/} unless a launcher set it. */
  public static void useUnlessLaunched() {
    if (System.getProperty(BundledFiles.HOME_PROPERTY) != null) {
      return;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path assets = dir.resolve("assets");
      if (Files.isDirectory(assets.resolve("models"))) {
        System.setProperty(BundledFiles.HOME_PROPERTY, assets.toString());
        return;
      }
    }
  }
}
