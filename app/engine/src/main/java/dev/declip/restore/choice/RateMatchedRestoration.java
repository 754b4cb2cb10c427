package dev.declip.restore.choice;

import dev.declip.bundle.BundledFiles;
import dev.declip.clipping.ClipLevels;
import dev.declip.model.InferenceOptions;
import dev.declip.model.ModelInferenceException;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.NeuralRestoration;
import dev.declip.restore.RestorationAlgorithm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The network of the bundled models that suits each file's rate ({@link
 * BundledFiles#defaultModel(int)}): the same restore call serves a 22 050 Hz file with the model
 * trained at 22 050 Hz and a 44 100 Hz one with the 44 100 Hz model, so a batch of files at mixed
 * rates needs no choice from the user. Each model is opened the first time a rate asks for it and
 * kept open until {@link #close}.
 */
final class RateMatchedRestoration implements RestorationAlgorithm {
  private final IntFunction<Path> modelForRate;
  private final InferenceOptions options;
  private final Map<Path, NeuralRestoration> opened = new LinkedHashMap<>();
  private String lastName;

  /**
   * @param firstFile the file of {@code first}
   * @param first the model already opened for the most common rate (its loading errors and warnings
   *     have reached the user)
   */
  RateMatchedRestoration(
      Path firstFile,
      NeuralRestoration first,
      IntFunction<Path> modelForRate,
      InferenceOptions options) {
    this.modelForRate = modelForRate;
    this.options = options;
    opened.put(firstFile, first);
    lastName = first.name();
  }

  /** The name of the network the last block ran through. */
  @Override
  public synchronized String name() {
    return lastName;
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return networkFor(sampleRate).estimate(y, firstFrame, levels, sampleRate, cancellation);
  }

  @Override
  public float[] estimate(
      float[] y,
      long firstFrame,
      ClipLevels levels,
      int sampleRate,
      ProgressListener progress,
      Cancellation cancellation) {
    return networkFor(sampleRate)
        .estimate(y, firstFrame, levels, sampleRate, progress, cancellation);
  }

  @Override
  public int contextSamples(int sampleRate) {
    return networkFor(sampleRate).contextSamples(sampleRate);
  }

  private synchronized NeuralRestoration networkFor(int sampleRate) {
    Path file = modelForRate.apply(sampleRate);
    NeuralRestoration network = opened.get(file);
    if (network == null) {
      try {
        network = RestorationAlgorithms.neural(OnnxDeclipModel.load(file, options), file);
      } catch (IOException e) {
        // Unchecked, as a failing network's errors are: estimate declares none.
        throw new ModelInferenceException(e.getMessage(), e);
      }
      opened.put(file, network);
    }
    lastName = network.name();
    return network;
  }

  @Override
  public synchronized void close() {
    opened.values().forEach(NeuralRestoration::close);
    opened.clear();
  }
}
