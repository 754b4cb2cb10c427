package dev.declip.desktop.window;

import dev.declip.bundle.BundledFiles;
import dev.declip.desktop.waveform.TraceMode;
import dev.declip.desktop.waveform.WaveformView;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Restore, Play, Help. Items forward to {@link StudioActions}. */
final class StudioMenus {
  private StudioMenus() {}

  static MenuBar build(
      StudioActions actions,
      StudioViewModel model,
      WaveformView waveform,
      BooleanProperty sidePanel,
      BooleanProperty loop,
      BooleanBinding busy) {
    ObjectProperty<TraceMode> trace = waveform.traceModeProperty();
    BooleanBinding noRecording = model.hasRecording().not();
    BooleanBinding noRestore = model.hasRestore().not();

    Menu recent = new Menu("Open Recent");
    recent.setId("menu-recent");
    fillRecent(recent, model.recentFiles(), actions);
    model
        .recentFiles()
        .addListener(
            (ListChangeListener<Path>) c -> fillRecent(recent, model.recentFiles(), actions));
    MenuItem demo = new MenuItem("Open Demo Recording");
    demo.setId("menu-open-demo");
    demo.setOnAction(e -> actions.openDemo());
    demo.setDisable(BundledFiles.demoRecording().isEmpty());
    MenuItem export = item("Export…", "Shortcut+E", actions::exportDialog);
    export.disableProperty().bind(noRestore.or(busy));
    Menu file =
        new Menu(
            "File",
            null,
            item("Open…", "Shortcut+O", actions::openDialog),
            recent,
            demo,
            export,
            new SeparatorMenuItem(),
            item("Quit", "Shortcut+Q", actions::quit));

    ToggleGroup traces = new ToggleGroup();
    Menu traceMenu = new Menu("Traces");
    for (TraceMode choice : TraceMode.values()) {
      RadioMenuItem item = new RadioMenuItem(label(choice));
      item.setToggleGroup(traces);
      item.setSelected(trace.get() == choice);
      item.setOnAction(e -> trace.set(choice));
      trace.addListener((obs, o, v) -> item.setSelected(v == choice));
      traceMenu.getItems().add(item);
    }
    Menu view =
        new Menu(
            "View",
            null,
            item("Zoom In", new KeyCharacterCombination("+"), actions::zoomIn),
            item("Zoom Out", new KeyCharacterCombination("-"), actions::zoomOut),
            item("Zoom to Fit", "Shortcut+0", actions::zoomToFit),
            item("Zoom to Selection", "Shortcut+L", actions::zoomToSelection),
            item("Next Clipped Run", "N", actions::zoomToNextClippedRun),
            item("Zoom In Vertically", "Shortcut+Up", waveform::zoomInVertically),
            item("Zoom Out Vertically", "Shortcut+Down", waveform::zoomOutVertically),
            item(
                "Full Scale Vertically",
                "Shortcut+Shift+0",
                () -> waveform.verticalZoomProperty().set(1)),
            check("Level Scale in dBFS", waveform.dbfsProperty()),
            new SeparatorMenuItem(),
            traceMenu);
    view.getItems().forEach(i -> i.disableProperty().bind(noRecording));
    CheckMenuItem side = check("Show Side Panel", sidePanel);
    side.setAccelerator(KeyCombination.valueOf("F9"));
    view.getItems().addAll(new SeparatorMenuItem(), side);

    MenuItem undo = item("Undo Restore", "Shortcut+Z", actions::undo);
    undo.disableProperty().bind(model.history().canUndo().not());
    MenuItem redo = item("Redo Restore", "Shortcut+Shift+Z", actions::redo);
    redo.disableProperty().bind(model.history().canRedo().not());
    Menu edit = new Menu("Edit", null, undo, redo);

    MenuItem restoreSelection =
        item("Restore Selection", "Shortcut+Shift+R", () -> actions.restore(true));
    MenuItem restoreWhole = item("Restore Whole File", "Shortcut+R", () -> actions.restore(false));
    restoreSelection.disableProperty().bind(noRecording.or(busy));
    restoreWhole.disableProperty().bind(noRecording.or(busy));
    Menu restore = new Menu("Restore", null, restoreSelection, restoreWhole);

    MenuItem play = item("Play / Stop", "Space", actions::playOrStop);
    play.disableProperty().bind(noRecording);
    CheckMenuItem ab = new CheckMenuItem("Hear Restored (A/B, also Tab)");
    ab.setId("menu-ab");
    ab.setAccelerator(KeyCombination.valueOf("B"));
    ab.selectedProperty().bindBidirectional(model.hearRestoredProperty());
    ab.disableProperty().bind(noRestore);
    CheckMenuItem loopItem = new CheckMenuItem("Loop Selection");
    loopItem.selectedProperty().bindBidirectional(loop);
    Menu playMenu = new Menu("Play", null, play, ab, loopItem);

    MenuBar bar = new MenuBar(file, edit, view, restore, playMenu);
    bar.setId("menu-bar");
    return bar;
  }

  private static CheckMenuItem check(String text, BooleanProperty value) {
    CheckMenuItem item = new CheckMenuItem(text);
    item.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
    item.selectedProperty().bindBidirectional(value);
    return item;
  }

  private static String label(TraceMode mode) {
    return switch (mode) {
      case OVERLAY -> "Original and Restored";
      case ORIGINAL -> "Original Only";
      case RESTORED -> "Restored Only";
    };
  }

  private static void fillRecent(Menu recent, ObservableList<Path> files, StudioActions actions) {
    recent.getItems().clear();
    for (Path path : files) {
      MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> actions.open(path));
      recent.getItems().add(item);
    }
    recent.setDisable(files.isEmpty());
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    return item(text, KeyCombination.valueOf(accelerator), action);
  }

  /**
   * Space and +/- show here but are handled by {@link Shortcuts}, whose filter consumes them before
   * the menu's accelerators would see them.
   */
  private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
    item.setAccelerator(accelerator);
    item.setOnAction(e -> action.run());
    return item;
  }
}
