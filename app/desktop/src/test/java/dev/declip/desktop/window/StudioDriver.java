package dev.declip.desktop.window;

import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.tasks.BackgroundWork;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A main window for a test, with its own settings folder, and the steps every test takes. */
final class StudioDriver {
  final StudioWindow window;
  private final Path dir;

  /** Builds and shows the window; call from the test's {@code @Start}. */
  StudioDriver(Stage stage, Path dir) {
    this.dir = dir;
    this.window =
        new StudioWindow(stage, new BackgroundWork(), new SettingsStore(dir.resolve("config")));
    stage.show();
  }

  /** Opens a 2-second stereo recording clipped at {@link ClippedRecordings#LEVEL}. */
  Path openClipped(FxRobot robot) throws Exception {
    Path file = ClippedRecordings.write(dir, "take.wav", 2, 2);
    robot.interact(() -> window.open(file));
    waitIdle();
    return file;
  }

  void waitIdle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
