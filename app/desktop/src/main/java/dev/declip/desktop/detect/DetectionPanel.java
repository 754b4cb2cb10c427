package dev.declip.desktop.detect;

import dev.declip.clipping.ClippedRun;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.ToggleSwitch;

/**
 * The detection panel: levels and counts per channel, levels set by hand (one ControlsFX range
 * slider per channel: its low thumb is the negative level, its high thumb the positive one), and
 * the clipped runs; clicking a run jumps the waveform there. Binds and forwards only.
 */
public final class DetectionPanel extends TitledPane {

  public DetectionPanel(
      DetectionViewModel model, Runnable countAgain, Consumer<ClippedRun> jumpTo) {
    setText("Clipping");
    setCollapsible(false);
    setId("detection-panel");

    Label summary = new Label();
    summary.setId("clipping-summary");
    summary.textProperty().bind(model.summaryProperty());
    summary.setWrapText(true);
    Label warning = new Label();
    warning.setId("clipping-warning");
    warning.getStyleClass().add("warning");
    warning.setStyle("-fx-text-fill: #b35900;");
    warning.setWrapText(true);
    warning.textProperty().bind(model.warningProperty());
    warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());

    TableView<ChannelRow> table = new TableView<>(model.channels());
    table.setId("channel-table");
    table.getColumns().add(column("ch", ChannelRow::channel, 32));
    table.getColumns().add(column("found", ChannelRow::found, 80));
    table.getColumns().add(column("level +/− dBFS", ChannelRow::levels, 110));
    table.getColumns().add(column("clipped", ChannelRow::clipped, 120));
    table.getColumns().add(column("runs", ChannelRow::runs, 140));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(26);
    table.prefHeightProperty().bind(Bindings.size(model.channels()).multiply(26).add(32));

    ToggleSwitch manual = new ToggleSwitch("Set levels by hand");
    manual.setId("manual-levels");
    manual.selectedProperty().bindBidirectional(model.manualProperty());
    GridPane sliders = new GridPane();
    sliders.setHgap(8);
    sliders.setVgap(4);
    // shown only while levels are set by hand, so that the restore panel stays in view
    sliders.visibleProperty().bind(manual.selectedProperty());
    sliders.managedProperty().bind(sliders.visibleProperty());
    model
        .manualLevels()
        .addListener((ListChangeListener<ManualLevels>) c -> fillSliders(sliders, model));
    Button apply = new Button("Count again");
    apply.setId("count-again");
    apply.setOnAction(e -> countAgain.run());
    apply.visibleProperty().bind(manual.selectedProperty());
    apply.managedProperty().bind(apply.visibleProperty());

    ListView<ClippedRun> runs = new ListView<>(model.runs());
    runs.setId("run-list");
    runs.setPrefHeight(120);
    runs.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(ClippedRun run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : model.describe(run));
              }
            });
    runs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, run) -> {
              if (run != null) {
                jumpTo.accept(run);
              }
            });

    VBox box =
        new VBox(
            6, summary, warning, table, manual, sliders, apply, new Label("Clipped runs"), runs);
    box.setPadding(new Insets(6));
    setContent(box);
  }

  private static void fillSliders(GridPane grid, DetectionViewModel model) {
    grid.getChildren().clear();
    for (int c = 0; c < model.manualLevels().size(); c++) {
      ManualLevels levels = model.manualLevels().get(c);
      RangeSlider slider = new RangeSlider(-1, 1, -levels.negativeProperty().get(), 1);
      slider.setHighValue(levels.positiveProperty().get());
      slider.setId("levels-" + (c + 1));
      slider.setPrefWidth(200);
      slider
          .lowValueProperty()
          .addListener((obs, o, v) -> levels.negativeProperty().set(-v.doubleValue()));
      slider
          .highValueProperty()
          .addListener((obs, o, v) -> levels.positiveProperty().set(v.doubleValue()));
      Label text = new Label();
      text.textProperty()
          .bind(
              Bindings.createStringBinding(
                  () ->
                      ChannelRow.dbText((float) levels.positiveProperty().get())
                          + " / "
                          + ChannelRow.dbText((float) levels.negativeProperty().get())
                          + " dBFS",
                  levels.positiveProperty(),
                  levels.negativeProperty()));
      CheckBox positive = new CheckBox("+");
      positive.setId("positive-clipped-" + (c + 1));
      positive.selectedProperty().bindBidirectional(levels.positiveClippedProperty());
      CheckBox negative = new CheckBox("−");
      negative.setId("negative-clipped-" + (c + 1));
      negative.selectedProperty().bindBidirectional(levels.negativeClippedProperty());
      // A polarity that did not clip ("none") is one whose box is cleared.
      grid.addRow(c, new Label("ch " + (c + 1)), slider, positive, negative, text);
    }
  }

  private static TableColumn<ChannelRow, String> column(
      String title, java.util.function.Function<ChannelRow, String> value, double width) {
    TableColumn<ChannelRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    // never narrower than its title: a cut header ("le…") tells nothing
    javafx.scene.text.Text header = new javafx.scene.text.Text(title);
    column.setMinWidth(header.getLayoutBounds().getWidth() * 1.15 + 16);
    column.setSortable(false);
    return column;
  }
}
