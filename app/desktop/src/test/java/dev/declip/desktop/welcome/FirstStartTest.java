package dev.declip.desktop.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.bundle.BundledFiles;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.desktop.window.StudioWindow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a new user first sees it, on the real toolkit (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {
  @TempDir Path dir;
  private StudioWindow window;

  @Start
  void start(Stage stage) {
    window = startWindow(stage);
  }

  /** As the app starts without a file argument. */
  private StudioWindow startWindow(Stage stage) {
    StudioWindow started =
        new StudioWindow(stage, new BackgroundWork(), new SettingsStore(dir.resolve("config")));
    stage.show();
    started.welcomeOnFirstStart();
    return started;
  }

  private static boolean welcomeShown(FxRobot robot) {
    return robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false);
  }

  private void waitIdle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theFirstStartOpensOnTheWelcomeView(FxRobot robot) {
    assertThat(welcomeShown(robot)).isTrue();
    assertThat(robot.lookup("#welcome-demo").queryButton().isDisabled()).isFalse();
    assertThat(robot.lookup("#welcome-open").queryButton().isVisible()).isTrue();
  }

  @Test
  void theDemoButtonOpensTheDemoRecording(FxRobot robot) throws Exception {
    robot.clickOn("#welcome-demo");
    waitIdle();

    assertThat(window.viewModel().recordingProperty().get().file())
        .isEqualTo(BundledFiles.demoRecording().orElseThrow());
    assertThat(window.stage().getTitle()).startsWith("battle-epic-clipped.flac");
    assertThat(welcomeShown(robot)).isFalse();
  }

  @Test
  void aSecondStartWithSettingsOpensOnTheNormalView(FxRobot robot) throws Exception {
    robot.clickOn("#welcome-demo");
    waitIdle();
    robot.interact(() -> window.stage().hide()); // closing saves the settings
    robot.interact(() -> window = startWindow(new Stage()));

    assertThat(welcomeShown(robot)).isFalse();
    assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
  }
}
