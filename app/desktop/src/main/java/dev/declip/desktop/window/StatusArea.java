package dev.declip.desktop.window;

import dev.declip.desktop.tasks.BackgroundWork;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The status bar: what runs, its progress, and Cancel while something runs. */
final class StatusArea {
  private StatusArea() {}

  static StatusBar build(BackgroundWork work, StudioViewModel model) {
    StatusBar bar = new StatusBar();
    bar.setId("status-bar");
    bar.textProperty().bind(work.messageProperty());
    work.progressProperty().addListener((obs, o, v) -> bar.setProgress(v.doubleValue()));
    work.runningProperty()
        .addListener((obs, o, running) -> bar.setProgress(running ? bar.getProgress() : 0));
    Button cancel = new Button("Cancel");
    cancel.setId("cancel");
    cancel.visibleProperty().bind(work.runningProperty());
    cancel.setOnAction(e -> work.cancel());
    Label heard = new Label();
    heard.setId("heard");
    heard
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> heardText(model),
                model.hearRestoredProperty(),
                model.history().currentProperty(),
                model.history().compareWithProperty()));
    heard.visibleProperty().bind(model.hasRestore());
    bar.getRightItems().addAll(heard, cancel);
    return bar;
  }

  /** "B #2 a-spade", or "A original" / "A #1 cubic" when comparing with another entry. */
  private static String heardText(StudioViewModel model) {
    var history = model.history();
    if (model.hearRestoredProperty().get() && history.currentProperty().get() != null) {
      return "B  " + history.currentProperty().get().name();
    }
    var a = history.compareWithProperty().get();
    return "A  " + (a == null ? "original" : a.name());
  }
}
