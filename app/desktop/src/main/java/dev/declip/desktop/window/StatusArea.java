package dev.declip.desktop.window;

import dev.declip.desktop.tasks.BackgroundWork;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/** The status bar: what runs, its progress, and Cancel while something runs. */
final class StatusArea {
  private StatusArea() {}

  static StatusBar build(BackgroundWork work) {
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
    bar.getRightItems().add(cancel);
    return bar;
  }
}
