package dev.declip.desktop.restore;

import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.model.ModelInfo;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.RestoreSettings;
import dev.declip.restore.file.RestoreStats;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The restore panel's state: model, algorithm, device, tau, and what the last restore changed.
 * Without a model (none bundled, none opened) only the model-free algorithms (interpolation,
 * A-SPADE) are offered, and the panel says so.
 */
public final class RestoreViewModel {
  static final String NO_MODEL =
      "No default model is bundled: open an ONNX model, or restore by interpolation.";
  static final String NO_MODEL_LOADED =
      "No model loaded: use the bundled model or open an ONNX model, or restore by interpolation.";

  private final ReadOnlyObjectWrapper<Path> model = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ModelInfo> modelInfo = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> bundled = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty fileRate = new SimpleIntegerProperty(0);
  private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(NO_MODEL);
  private final ObjectProperty<AlgorithmChoice> algorithm =
      new SimpleObjectProperty<>(AlgorithmChoice.CUBIC);
  private final ObservableList<DeviceChoice> devices =
      FXCollections.observableArrayList(DeviceChoice.CPU);
  private final ObjectProperty<DeviceChoice> device = new SimpleObjectProperty<>(DeviceChoice.CPU);
  private final DoubleProperty tau = new SimpleDoubleProperty(RestoreSettings.DEFAULT_TAU);
  private final javafx.beans.property.IntegerProperty threads =
      new javafx.beans.property.SimpleIntegerProperty(Runtime.getRuntime().availableProcessors());
  private final BooleanProperty consistent =
      new SimpleBooleanProperty(RestoreSettings.defaults().consistent());
  private final ReadOnlyObjectWrapper<RestoreStats> stats = new ReadOnlyObjectWrapper<>();
  private final BooleanBinding neuralAvailable = model.isNotNull();
  private AlgorithmChoice preferred = AlgorithmChoice.NEURAL;

  /** A model that honours the contract was chosen (the bundled one or a file). */
  public void useModel(ModelInfo info) {
    modelInfo.set(info);
    model.set(info.path());
    modelText.set(ModelDescription.of(info));
    algorithm.set(preferred);
  }

  /** The model that ships with the app, offered by "Use the bundled model"; null for none. */
  public void bundledModel(Path file) {
    bundled.set(file);
    if (model.get() == null) {
      modelText.set(noModelText());
    }
  }

  private String noModelText() {
    return bundled.get() == null ? NO_MODEL : NO_MODEL_LOADED;
  }

  /** The algorithm to use once a model is there (interpolation is used until then). */
  public void preferAlgorithm(AlgorithmChoice choice) {
    preferred = choice;
    if (model.get() != null
        || (choice != AlgorithmChoice.NEURAL && choice != AlgorithmChoice.BEST)) {
      algorithm.set(choice);
    }
  }

  /** The chosen model was refused; keep the previous one and say why. */
  public void modelRefused(String message) {
    modelText.set(
        message
            + "\n"
            + (model.get() == null
                ? noModelText()
                : "Still using " + model.get().getFileName() + "."));
  }

  /** Offers the GPU only where ONNX Runtime found one. */
  public void gpuAvailable(boolean present) {
    if (present && !devices.contains(DeviceChoice.GPU)) {
      devices.add(DeviceChoice.GPU);
    }
  }

  /** The restore to run over {@code range} with the current choices. */
  public RestoreRequest request(FrameRange range) {
    boolean needsModel =
        algorithm.get() == AlgorithmChoice.NEURAL || algorithm.get() == AlgorithmChoice.BEST;
    if (needsModel && !neuralAvailable.get()) {
      // Never a silent fallback to another algorithm: the user chose the network.
      throw new IllegalStateException(
          "no model is loaded: use the bundled model, open one, or choose another algorithm");
    }
    return new RestoreRequest(
        algorithm.get(),
        needsModel ? Optional.of(model.get()) : Optional.empty(),
        new InferenceOptions(device.get(), Math.max(1, threads.get())),
        Math.max(0.5, Math.min(1.0, tau.get())),
        consistent.get(),
        range);
  }

  /** Inference (or A-SPADE) threads, the command line's {@code --threads}. */
  public javafx.beans.property.IntegerProperty threadsProperty() {
    return threads;
  }

  public void showStats(RestoreStats value) {
    stats.set(value);
  }

  public void clearStats() {
    stats.set(null);
  }

  public ReadOnlyObjectProperty<RestoreStats> statsProperty() {
    return stats.getReadOnlyProperty();
  }

  /** The open recording's sample rate, 0 when none: the plan says whether it is resampled. */
  public IntegerProperty fileRateProperty() {
    return fileRate;
  }

  public ReadOnlyObjectProperty<Path> bundledProperty() {
    return bundled.getReadOnlyProperty();
  }

  /** Which model will run, at what rate, and whether the file is resampled for it. */
  public StringBinding planText() {
    return Bindings.createStringBinding(
        () -> RestorePlan.describe(algorithm.get(), modelInfo.get(), bundled.get(), fileRate.get()),
        algorithm,
        modelInfo,
        bundled,
        fileRate);
  }

  public ReadOnlyObjectProperty<Path> modelProperty() {
    return model.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty modelTextProperty() {
    return modelText.getReadOnlyProperty();
  }

  public ObjectProperty<AlgorithmChoice> algorithmProperty() {
    return algorithm;
  }

  public ObservableList<DeviceChoice> devices() {
    return devices;
  }

  public ObjectProperty<DeviceChoice> deviceProperty() {
    return device;
  }

  public DoubleProperty tauProperty() {
    return tau;
  }

  /** Whether restores project onto the consistent set (the command line's default too). */
  public BooleanProperty consistentProperty() {
    return consistent;
  }

  public BooleanBinding neuralAvailable() {
    return neuralAvailable;
  }

  /** Text for the stats lines, empty before any restore. */
  public javafx.beans.binding.StringBinding statsText() {
    return Bindings.createStringBinding(
        () ->
            stats.get() == null
                ? "Not restored yet"
                : String.join(
                    "\n",
                    stats.get().modifiedText(),
                    stats.get().peakText(),
                    stats.get().gainText()),
        stats);
  }
}
