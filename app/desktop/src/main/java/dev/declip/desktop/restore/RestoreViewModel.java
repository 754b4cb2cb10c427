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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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

  private final ReadOnlyObjectWrapper<Path> model = new ReadOnlyObjectWrapper<>();
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
    model.set(info.path());
    modelText.set(ModelDescription.of(info));
    algorithm.set(preferred);
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
    modelText.set(message + (model.get() == null ? "\n" + NO_MODEL : ""));
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
    AlgorithmChoice chosen =
        needsModel && !neuralAvailable.get() ? AlgorithmChoice.CUBIC : algorithm.get();
    return new RestoreRequest(
        chosen,
        needsModel && neuralAvailable.get() ? Optional.of(model.get()) : Optional.empty(),
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
