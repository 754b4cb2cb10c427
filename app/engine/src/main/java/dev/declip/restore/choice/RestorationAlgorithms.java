package dev.declip.restore.choice;

import dev.declip.bundle.BundledFiles;
import dev.declip.model.InferenceOptions;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.NeuralRestoration;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.best.BestRestoration;
import dev.declip.restore.sparse.ASpade;
import dev.declip.restore.sparse.SeededSpade;
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
   * What a user gets when a model is there and they chose nothing: the network alone ({@code
   * --quality fast}). The best restoration would be the default if it restored {@code declip
   * benchmark}'s recording faster than real time on two cores; it does not (docs/quality.md).
   */
  public static final AlgorithmChoice DEFAULT_WITH_MODEL = AlgorithmChoice.NEURAL;

  /**
   * @param choice the algorithm asked for, or empty for the best available ({@link
   *     #DEFAULT_WITH_MODEL} when a model is given or bundled, else cubic interpolation)
   * @param model a model file, or empty for the bundled default
   * @param options the device and threads of the network; A-SPADE restores frames on {@code
   *     threads} cores (all when 0)
   */
  public static OpenedAlgorithm open(
      Optional<AlgorithmChoice> choice, Optional<Path> model, InferenceOptions options)
      throws IOException {
    return open(choice, model, options, ProgressListener.NONE);
  }

  /**
   * @param inBlock told how the frames of a block advance, for the algorithms whose block takes
   *     long (A-SPADE and the refinement of {@code BEST}): stage {@link ASpade#STAGE}
   */
  public static OpenedAlgorithm open(
      Optional<AlgorithmChoice> choice,
      Optional<Path> model,
      InferenceOptions options,
      ProgressListener inBlock)
      throws IOException {
    List<String> notes = new ArrayList<>();
    Optional<Path> modelFile = model.or(BundledFiles::defaultModel);
    AlgorithmChoice chosen =
        choice.orElse(modelFile.isPresent() ? DEFAULT_WITH_MODEL : AlgorithmChoice.CUBIC);
    if (chosen == AlgorithmChoice.CUBIC) {
      if (choice.isEmpty()) {
        notes.add("no model given and no default model installed: using cubic interpolation");
      }
      return new OpenedAlgorithm(new CubicInterpolation(), notes);
    }
    int threads =
        options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
    if (chosen == AlgorithmChoice.ASPADE) {
      return new OpenedAlgorithm(new ASpade(SpadeSettings.FASTEST, threads, inBlock), notes);
    }
    if (modelFile.isEmpty()) {
      throw new IOException(
          "the neural algorithm needs a model: give one with --model (no default model is installed)");
    }
    OnnxDeclipModel network = OnnxDeclipModel.load(modelFile.get(), options);
    notes.addAll(network.warnings());
    NeuralRestoration first = neural(network, modelFile.get());
    // No model named: each file gets the bundled model nearest its rate (-Ddeclip.model, when set,
    // serves every rate).
    RestorationAlgorithm neural =
        model.isPresent()
            ? first
            : new RateMatchedRestoration(
                modelFile.get(),
                first,
                rate -> BundledFiles.defaultModel(rate).orElseThrow(),
                options);
    if (chosen == AlgorithmChoice.BEST) {
      ASpade refinement = new ASpade(SeededSpade.DEFAULTS, threads, inBlock);
      return new OpenedAlgorithm(new BestRestoration(new SeededSpade(neural, refinement)), notes);
    }
    return new OpenedAlgorithm(neural, notes);
  }

  static NeuralRestoration neural(OnnxDeclipModel network, Path file) {
    return new NeuralRestoration(network, "neural:" + file.getFileName());
  }
}
