package dev.declip.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
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

  /**
   * The bundled models a file is restored with when the user names none, by the rate each was
   * trained at: a file takes the one nearest its own rate (the network resamples to it). At 22 050
   * Hz the model trained there restores Table II 1.2 dB better than the 44 100 Hz one, at 0.4x its
   * time (assets/models/benchmark.txt); a file at 48 000 Hz takes the 44 100 Hz model.
   */
  public static final Map<Integer, String> DEFAULT_MODELS_BY_RATE =
      Map.of(44_100, DEFAULT_MODEL, 22_050, "declip-22k-supervised.onnx");

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

  /**
   * The model a file at {@code sampleRate} is restored with when the user names none: {@code
   * -Ddeclip.model} when set, else the bundled model of {@link #DEFAULT_MODELS_BY_RATE} whose rate
   * is nearest (by ratio; a tie goes to the higher rate) among those installed.
   */
  public static Optional<Path> defaultModel(int sampleRate) {
    Optional<Path> explicit = property(MODEL_PROPERTY);
    if (explicit.isPresent()) {
      return explicit;
    }
    return modelsFolder()
        .flatMap(
            dir ->
                DEFAULT_MODELS_BY_RATE.entrySet().stream()
                    .filter(e -> Files.isRegularFile(dir.resolve(e.getValue())))
                    .min(
                        Comparator.<Map.Entry<Integer, String>>comparingDouble(
                                e -> Math.abs(Math.log((double) e.getKey() / sampleRate)))
                            .thenComparing(e -> -e.getKey()))
                    .map(e -> dir.resolve(e.getValue())));
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
