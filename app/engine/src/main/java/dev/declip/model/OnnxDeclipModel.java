package dev.declip.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DeclipNetwork} run by ONNX Runtime through DJL. Loading inspects the file first, so a
 * file that breaks the contract is refused with a plain message before ONNX Runtime sees it. {@link
 * #predict} is synchronized: one predictor, one call at a time.
 */
public final class OnnxDeclipModel implements DeclipNetwork {

  static final String ENGINE = "OnnxRuntime";

  private final ModelInfo info;
  private final Device device;
  private final List<String> warnings;
  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;

  private OnnxDeclipModel(
      ModelInfo info, Device device, List<String> warnings, ZooModel<NDList, NDList> model) {
    this.info = info;
    this.device = device;
    this.warnings = List.copyOf(warnings);
    this.model = model;
    this.predictor = model.newPredictor();
  }

  /**
   * Loads a model that honours {@link ModelContract}.
   *
   * @throws ModelFormatException when the file is missing, not ONNX, breaks the contract, or ONNX
   *     Runtime cannot load it
   * @throws IOException when ONNX Runtime itself is not available
   */
  public static OnnxDeclipModel load(Path path, InferenceOptions options) throws IOException {
    ModelInfo info = ModelInspector.inspect(path);
    List<String> warnings = new ArrayList<>(info.warnings());
    Engine engine;
    try {
      // Before anything touches OrtEnvironment, so DJL sets ONNX Runtime up.
      engine = Engine.getEngine(ENGINE);
    } catch (RuntimeException e) {
      throw new IOException("ONNX Runtime is not available: " + e.getMessage(), e);
    }
    Device device = Device.cpu();
    if (options.device() == DeviceChoice.GPU) {
      // Asking DJL for a GPU it does not have throws; check first and fall back.
      if (engine.getGpuCount() > 0) {
        device = Device.gpu();
      } else {
        warnings.add("GPU requested but no CUDA device found; running on CPU");
      }
    }
    Criteria.Builder<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(path)
            .optEngine(ENGINE)
            .optDevice(device)
            .optTranslator(new NoopTranslator());
    if (options.threads() > 0) {
      criteria
          .optOption("intraOpNumThreads", Integer.toString(options.threads()))
          .optOption("interOpNumThreads", "1");
    }
    try {
      return new OnnxDeclipModel(info, device, warnings, criteria.build().loadModel());
    } catch (MalformedModelException | ModelNotFoundException | EngineException e) {
      throw new ModelFormatException(
          path.getFileName() + ": ONNX Runtime cannot load it (" + firstLine(e) + ")", e);
    }
  }

  /** What the inspection found. */
  public ModelInfo info() {
    return info;
  }

  /** "cpu()" or "gpu(0)". */
  public String deviceUsed() {
    return device.toString();
  }

  /** The inspection's warnings and the device fallback, if any. */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public int sampleRate() {
    return info.sampleRate();
  }

  /**
   * The model's {@value ModelContract#WINDOW}, else {@value ModelContract#DEFAULT_WINDOW_LENGTH}.
   */
  @Override
  public int windowLength() {
    return info.windowLength() > 0 ? info.windowLength() : ModelContract.DEFAULT_WINDOW_LENGTH;
  }

  /**
   * Runs a batch; pads with zeros to the model's {@link ModelInfo#lengthMultiple()} and crops back.
   *
   * @throws ModelInferenceException when ONNX Runtime fails on this input
   */
  @Override
  public synchronized float[][] predict(float[][] signal, float[][] mask) {
    WindowBatch batch = WindowBatch.of(signal, mask, info.lengthMultiple());
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray input =
          manager.create(batch.interleaved(), new Shape(batch.count(), 2, batch.paddedLength()));
      // The output is attached to the input's manager, so closing it frees both.
      NDList output = predictor.predict(new NDList(input));
      NDArray restored = output.singletonOrThrow();
      long[] shape = restored.getShape().getShape();
      if (shape.length != 3
          || shape[0] != batch.count()
          || shape[1] != 1
          || shape[2] != batch.paddedLength()) {
        throw new ModelInferenceException(
            info.path().getFileName()
                + ": the model returned "
                + restored.getShape()
                + " for an input of "
                + input.getShape(),
            null);
      }
      return batch.crop(restored.toFloatArray());
    } catch (TranslateException | EngineException e) {
      throw new ModelInferenceException(
          info.path().getFileName()
              + ": inference failed on "
              + batch.count()
              + " windows of "
              + batch.length()
              + " samples ("
              + firstLine(e)
              + ")",
          e);
    }
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
