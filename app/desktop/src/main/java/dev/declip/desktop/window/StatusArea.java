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
            Bindings.when(model.hearRestoredProperty())
                .then("B  restored")
                .otherwise("A  original"));
    heard.visibleProperty().bind(model.hasRestore());
    bar.getRightItems().addAll(heard, cancel);
    return bar;
  }
}
