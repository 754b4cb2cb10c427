package dev.declip.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files that ship with Declip Studio: the default model and the demo recording. An installation
 * holds them under {@code -Ddeclip.home} (set by the launchers) as {@code models/} and {@code
 * demo/}; a source checkout holds them under {@code assets/}, found from the working directory
 * upwards. {@code -Ddeclip.model=FILE} points at another default model.
 */
public final class BundledFiles {
  public static final String DEFAULT_MODEL = "models/declip-default.onnx";
  public static final String DEMO_RECORDING = "demo/battle-epic-clipped.flac";

  private BundledFiles() {}

  public static Optional<Path> defaultModel() {
    String explicit = System.getProperty("declip.model");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit));
    }
    return find(DEFAULT_MODEL);
  }

  public static Optional<Path> demoRecording() {
    return find(DEMO_RECORDING);
  }

  private static Optional<Path> find(String relative) {
    String home = System.getProperty("declip.home");
    if (home != null) {
      Path installed = Path.of(home, relative);
      if (Files.isRegularFile(installed)) {
        return Optional.of(installed);
      }
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("assets").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
