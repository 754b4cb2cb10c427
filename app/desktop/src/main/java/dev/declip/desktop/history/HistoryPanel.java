package dev.declip.desktop.history;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The history panel: every restore of the open file, the current one selected (clicking another
 * makes it current: shown, heard as B, exported), undo and redo, and which version A plays in the
 * A/B comparison (Tab or B switches while playing).
 */
public final class HistoryPanel extends TitledPane {
  private final RestoreHistory history;
  private final ListView<HistoryEntry> list;
  private final ComboBox<CompareChoice> compare = new ComboBox<>();
  private boolean syncing;

  public HistoryPanel(RestoreHistory history) {
    this.history = history;
    setText("History");
    setCollapsible(false);
    setId("history-panel");

    list = new ListView<>(history.entries());
    list.setId("history-list");
    list.setPrefHeight(90);
    list.setPlaceholder(new Label("No restores yet: each restore is kept here."));
    list.setCellFactory(v -> new EntryCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, o, entry) -> sync(() -> history.show(entry)));
    history.currentProperty().addListener((obs, o, entry) -> sync(() -> selectInList(entry)));

    Button undo = new Button("Undo");
    undo.setId("history-undo");
    undo.setFocusTraversable(false);
    undo.disableProperty().bind(history.canUndo().not());
    undo.setOnAction(e -> history.undo());
    Button redo = new Button("Redo");
    redo.setId("history-redo");
    redo.setFocusTraversable(false);
    redo.disableProperty().bind(history.canRedo().not());
    redo.setOnAction(e -> history.redo());

    compare.setId("compare-with");
    compare.disableProperty().bind(Bindings.isEmpty(history.entries()));
    fillCompare();
    history.entries().addListener((ListChangeListener<HistoryEntry>) c -> fillCompare());
    compare
        .valueProperty()
        .addListener(
            (obs, o, choice) ->
                sync(
                    () ->
                        history.compareWithProperty().set(choice == null ? null : choice.entry())));
    history
        .compareWithProperty()
        .addListener((obs, o, entry) -> sync(() -> compare.setValue(new CompareChoice(entry))));

    Label b = new Label();
    b.setId("compare-b");
    b.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    history.currentProperty().get() == null
                        ? "B: no restore chosen"
                        : "B: " + history.currentProperty().get().name() + " (chosen in the list)",
                history.currentProperty()));
    VBox controls =
        new VBox(
            6,
            new HBox(8, undo, redo),
            new HBox(8, new Label("A/B: A is"), compare),
            b,
            new Label("Tab or B: hear A or B, also while playing"));
    HBox box = new HBox(8, list, controls);
    HBox.setHgrow(list, Priority.ALWAYS);
    box.setPadding(new Insets(6));
    setContent(box);
  }

  /** The waveform above, the history below it: its lines are long, like the waveform is wide. */
  public static SplitPane below(Node waveform, HistoryPanel history) {
    SplitPane split = new SplitPane(waveform, history);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.75);
    SplitPane.setResizableWithParent(history, false);
    return split;
  }

  private void selectInList(HistoryEntry entry) {
    if (entry == null) {
      list.getSelectionModel().clearSelection();
    } else {
      list.getSelectionModel().select(entry);
      list.scrollTo(entry);
    }
    list.refresh(); // the current entry's mark moves
  }

  private void fillCompare() {
    List<CompareChoice> choices = new ArrayList<>();
    choices.add(new CompareChoice(null));
    history.entries().forEach(e -> choices.add(new CompareChoice(e)));
    sync(
        () -> {
          compare.getItems().setAll(choices);
          compare.setValue(new CompareChoice(history.compareWithProperty().get()));
        });
  }

  /** Applies a change coming from one side without echoing it back from the other. */
  private void sync(Runnable change) {
    if (syncing) {
      return;
    }
    syncing = true;
    try {
      change.run();
    } finally {
      syncing = false;
    }
  }

  private final class EntryCell extends ListCell<HistoryEntry> {
    @Override
    protected void updateItem(HistoryEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      if (empty || entry == null) {
        setText(null);
      } else {
        setText(entry.summary() + (history.isExported(entry) ? " · exported" : ""));
      }
    }
  }
}
