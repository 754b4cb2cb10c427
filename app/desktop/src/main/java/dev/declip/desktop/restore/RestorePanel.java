package dev.declip.desktop.restore;

import dev.declip.model.DeviceChoice;
import dev.declip.restore.AlgorithmChoice;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** The restore panel: model, algorithm, device, tau, the restore buttons and what changed. */
public final class RestorePanel extends TitledPane {

  /**
   * @param chooseModel asks the window to let the user pick a model file
   * @param useBundled asks the window to go back to the model that ships with the app
   * @param restore asks the window to restore: true for the selection, false for the whole file
   */
  public RestorePanel(
      RestoreViewModel model,
      Runnable chooseModel,
      Runnable useBundled,
      Consumer<Boolean> restore,
      ObservableBooleanValue canRestore,
      ObservableBooleanValue canRestoreSelection) {
    setText("Restore");
    setCollapsible(false);
    setId("restore-panel");

    Label modelText = new Label();
    modelText.setId("model-text");
    modelText.setWrapText(true);
    modelText.textProperty().bind(model.modelTextProperty());
    Button openModel = new Button("Open model…");
    openModel.setId("choose-model");
    openModel.setOnAction(e -> chooseModel.run());
    Button bundled = new Button("Use the bundled model");
    bundled.setId("use-bundled-model");
    bundled.setOnAction(e -> useBundled.run());
    // Always there; without a bundled model (a build without one) it cannot be pressed.
    bundled.disableProperty().bind(model.bundledProperty().isNull());
    Label plan = new Label();
    plan.setId("model-plan");
    plan.setWrapText(true);
    plan.textProperty().bind(model.planText());

    ToggleButton neural = new ToggleButton("Neural network");
    neural.setId("algorithm-neural");
    neural.disableProperty().bind(model.neuralAvailable().not());
    ToggleButton best = new ToggleButton("Best (network + sparse)");
    best.setId("algorithm-best");
    best.disableProperty().bind(model.neuralAvailable().not());
    ToggleButton cubic = new ToggleButton("Interpolation");
    cubic.setId("algorithm-cubic");
    ToggleButton sparse = new ToggleButton("Sparse (A-SPADE)");
    sparse.setId("algorithm-aspade");
    Map<AlgorithmChoice, ToggleButton> buttons =
        Map.of(
            AlgorithmChoice.NEURAL,
            neural,
            AlgorithmChoice.CUBIC,
            cubic,
            AlgorithmChoice.ASPADE,
            sparse,
            AlgorithmChoice.BEST,
            best);
    SegmentedButton algorithm = new SegmentedButton(neural, best, cubic, sparse);
    selectAlgorithm(model.algorithmProperty().get(), buttons);
    model.algorithmProperty().addListener((obs, o, v) -> selectAlgorithm(v, buttons));
    buttons.forEach((choice, button) -> button.setOnAction(e -> pick(model, choice, buttons)));

    ComboBox<DeviceChoice> device = new ComboBox<>(model.devices());
    device.setId("device");
    device.valueProperty().bindBidirectional(model.deviceProperty());
    device.disableProperty().bind(Bindings.size(model.devices()).lessThan(2));

    Slider tau = new Slider(0.5, 1.0, model.tauProperty().get());
    tau.setId("tau");
    tau.valueProperty().bindBidirectional(model.tauProperty());
    Label tauText = new Label();
    tauText
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f", model.tauProperty().get()),
                model.tauProperty()));

    CheckBox consistent = new CheckBox("Keep clipped samples at or beyond their clip level");
    consistent.setId("consistency");
    consistent.selectedProperty().bindBidirectional(model.consistentProperty());

    javafx.scene.control.Spinner<Integer> threads =
        new javafx.scene.control.Spinner<>(1, 256, model.threadsProperty().get());
    threads.setId("threads");
    threads.setEditable(true);
    threads.setPrefWidth(90);
    threads.getValueFactory().valueProperty().bindBidirectional(model.threadsProperty().asObject());

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    grid.addRow(0, new Label("Algorithm"), algorithm);
    Label threadsLabel = new Label("Threads");
    HBox deviceAndThreads = new HBox(6, device, threadsLabel, threads);
    deviceAndThreads.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    grid.addRow(1, new Label("Device"), deviceAndThreads);
    grid.addRow(2, new Label("τ (blend)"), new HBox(6, tau, tauText));
    grid.addRow(3, new Label("Consistency"), consistent);

    Button selection = new Button("Restore selection");
    selection.setId("restore-selection");
    selection.setOnAction(e -> restore.accept(true));
    Button whole = new Button("Restore whole file");
    whole.setId("restore-whole");
    whole.setDefaultButton(true);
    whole.setOnAction(e -> restore.accept(false));
    selection.disableProperty().bind(Bindings.not(canRestoreSelection));
    whole.disableProperty().bind(Bindings.not(canRestore));

    Label stats = new Label();
    stats.setId("restore-stats");
    stats.setWrapText(true);
    stats.textProperty().bind(model.statsText());

    VBox box =
        new VBox(
            8,
            new HBox(8, new Label("Model"), openModel, bundled),
            modelText,
            grid,
            new HBox(8, selection, whole),
            plan,
            stats);
    box.setPadding(new Insets(6));
    setContent(box);
  }

  private static void pick(
      RestoreViewModel model, AlgorithmChoice choice, Map<AlgorithmChoice, ToggleButton> buttons) {
    model.algorithmProperty().set(choice);
    selectAlgorithm(choice, buttons); // a segmented button must never end with none chosen
  }

  private static void selectAlgorithm(
      AlgorithmChoice choice, Map<AlgorithmChoice, ToggleButton> buttons) {
    buttons.forEach((c, button) -> button.setSelected(c == choice));
  }
}
