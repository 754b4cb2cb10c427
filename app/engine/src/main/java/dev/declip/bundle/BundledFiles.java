package dev.declip.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files that ship with Declip Studio: the default model and the demo recording. The launchers say
 * where they are: {@code -Ddeclip.models=DIR} the models folder, {@code -Ddeclip.home=DIR} the
 * folder holding {@code demo/} (and {@code models/} when {@code declip.models} is not set). {@code
 * -Ddeclip.model=FILE} points at another default model. Without these properties nothing is found:
 * the engine does not guess where it runs.
 */
public final class BundledFiles {
  public static final String HOME_PROPERTY = "declip.home";
  public static final String MODELS_PROPERTY = "declip.models";
  public static final String MODEL_PROPERTY = "declip.model";
  public static final String DEFAULT_MODEL = "declip-default.onnx";
  public static final String DEMO_RECORDING = "demo/battle-epic-clipped.flac";

  private BundledFiles() {}

  /** The folder of the bundled models, as the launcher set it. */
  public static Optional<Path> modelsFolder() {
    return property(MODELS_PROPERTY)
        .or(() -> property(HOME_PROPERTY).map(home -> home.resolve("models")));
  }

  public static Optional<Path> defaultModel() {
    Optional<Path> explicit = property(MODEL_PROPERTY);
    if (explicit.isPresent()) {
      return explicit;
    }
    return modelsFolder().map(dir -> dir.resolve(DEFAULT_MODEL)).filter(Files::isRegularFile);
  }

  public static Optional<Path> demoRecording() {
    return property(HOME_PROPERTY)
        .map(home -> home.resolve(DEMO_RECORDING))
        .filter(Files::isRegularFile);
  }

  private static Optional<Path> property(String name) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }
}
