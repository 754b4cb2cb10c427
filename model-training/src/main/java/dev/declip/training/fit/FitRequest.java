package dev.declip.training.fit;

import dev.declip.model.UNetSpec;
import dev.declip.training.loss.GainDistribution;
import dev.declip.training.loss.ObjectiveKind;
import dev.declip.training.net.RuntimeOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything {@code declip-train fit} was asked to do.
 *
 * @param validationDir held-out recordings to validate on (prepared like {@code data}); when empty,
 *     {@code validationFraction} of the files in {@code data} are held out
 * @param runDir where the checkpoint and the CSV log live
 * @param init a model to fine-tune from; its architecture wins over {@code spec}, and its rate and
 *     window over {@code sampleRate} and {@code windowLength} unless those are given (not 0)
 * @param sampleRate the model's rate, or 0 for the init model's (44 100 Hz without one)
 * @param windowLength the training window, or 0 for the init model's (the contract's default
 *     without one)
 * @param detachEiTarget whether eq. 12's target {@code g f(y)} is held constant (no gradient
 *     through the first pass), instead of differentiated through both passes
 * @param exportBest export the epoch with the lowest validation loss rather than the last
 * @param commandLine recorded in the exported model, so anyone can rerun it
 */
public record FitRequest(
    DataSource data,
    Optional<Path> validationDir,
    Path output,
    Path runDir,
    boolean resume,
    Optional<Path> init,
    UNetSpec spec,
    int sampleRate,
    int windowLength,
    ObjectiveKind objective,
    GainDistribution gains,
    double eiWeight,
    boolean detachEiTarget,
    FitSettings settings,
    boolean exportBest,
    double validationFraction,
    RuntimeOptions runtime,
    String commandLine) {

  /**
   * The default run folder for an output model: {@code model.onnx} trains in {@code model.run/}.
   */
  public static Path defaultRunDir(Path output) {
    String name = output.getFileName().toString();
    String stem = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
    return output.resolveSibling(stem + ".run");
  }
}
