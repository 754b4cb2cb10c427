package dev.declip.restore.choice;

import dev.declip.bundle.BundledFiles;
import dev.declip.model.InferenceOptions;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.NeuralRestoration;
import dev.declip.restore.sparse.ASpade;
import dev.declip.restore.sparse.SpadeSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opens the algorithm a user asked for, the one place the CLI and the desktop app choose from. */
public final class RestorationAlgorithms {
  private RestorationAlgorithms() {}

  /**
   * @param choice the algorithm asked for, or empty for the best available (the network when a
   *     model is given or bundled, else cubic interpolation)
   * @param model a model file, or empty for the bundled default
   * @param options the device and threads of the network; A-SPADE restores frames on {@code
   *     threads} cores (all when 0)
   */
  public static OpenedAlgorithm open(
      Optional<AlgorithmChoice> choice, Optional<Path> model, InferenceOptions options)
      throws IOException {
    List<String> notes = new ArrayList<>();
    Optional<Path> modelFile = model.or(BundledFiles::defaultModel);
    AlgorithmChoice chosen =
        choice.orElse(modelFile.isPresent() ? AlgorithmChoice.NEURAL : AlgorithmChoice.CUBIC);
    if (chosen == AlgorithmChoice.CUBIC) {
      if (choice.isEmpty()) {
        notes.add("no model given and no default model installed: using cubic interpolation");
      }
      return new OpenedAlgorithm(new CubicInterpolation(), notes);
    }
    if (chosen == AlgorithmChoice.ASPADE) {
      int threads =
          options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
      return new OpenedAlgorithm(new ASpade(SpadeSettings.DEFAULTS, threads), notes);
    }
    if (modelFile.isEmpty()) {
      throw new IOException(
          "the neural algorithm needs a model: give one with --model (no default model is installed)");
    }
    OnnxDeclipModel network = OnnxDeclipModel.load(modelFile.get(), options);
    notes.addAll(network.warnings());
    String name = "neural:" + modelFile.get().getFileName();
    return new OpenedAlgorithm(new NeuralRestoration(network, name), notes);
  }
}
