package dev.declip.desktop.restore;

import dev.declip.model.ModelInfo;
import dev.declip.restore.AlgorithmChoice;
import java.nio.file.Path;
import java.util.Locale;

/** The restore panel's line saying what will run: the model, its rate, and any resampling. */
final class RestorePlan {
  private RestorePlan() {}

  /**
   * @param model the loaded model, or null
   * @param bundled the bundled model's file, or null
   * @param fileRate the open recording's rate, or 0
   */
  static String describe(AlgorithmChoice choice, ModelInfo model, Path bundled, int fileRate) {
    return switch (choice) {
      case CUBIC -> "Runs cubic interpolation (no model).";
      case ASPADE -> "Runs the sparse declipper A-SPADE (no model).";
      case NEURAL, BEST ->
          model == null
              ? "No model to run: use the bundled model or open one."
              : "Runs "
                  + model.path().getFileName()
                  + (model.path().equals(bundled) ? " (bundled)" : "")
                  + (choice == AlgorithmChoice.BEST ? " with the sparse refinement" : "")
                  + rates(model.sampleRate(), fileRate);
    };
  }

  private static String rates(int modelRate, int fileRate) {
    if (modelRate <= 0) {
      return " at the file's own rate; no resampling.";
    }
    String at = String.format(Locale.ROOT, " at %,d Hz", modelRate);
    if (fileRate <= 0) {
      return at + "; a file at another rate is resampled for it.";
    }
    if (fileRate == modelRate) {
      return at + "; this file is at that rate, no resampling.";
    }
    return String.format(
        Locale.ROOT,
        "%s; this file (%,d Hz) is resampled to %,d Hz for it and back.",
        at,
        fileRate,
        modelRate);
  }
}
