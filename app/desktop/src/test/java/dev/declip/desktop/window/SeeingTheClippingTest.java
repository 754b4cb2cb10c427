package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.waveform.TimeText;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Seeing the clipping in the main window: layout, readouts and scales, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class SeeingTheClippingTest {
  @TempDir Path dir;
  private StudioDriver driver;
  private StudioWindow window;

  @Start
  void start(Stage stage) {
    driver = new StudioDriver(stage, dir);
    window = driver.window;
  }

  private void openClipped(FxRobot robot) throws Exception {
    driver.openClipped(robot);
  }

  private static String text(FxRobot robot, String id) {
    return StudioDriver.text(robot, id);
  }

  private static Bounds sceneBounds(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }

  @Test
  void aClickShowsTheCursorTimeAndADragShowsTheSelectionsStartEndAndLength(FxRobot robot)
      throws Exception {
    openClipped(robot);
    Node canvas =
        robot
            .from(java.util.List.<Node>of(robot.lookup("#waveform").query()))
            .lookup((Node n) -> n instanceof ChartCanvas)
            .query();
    Bounds channels = canvas.localToScreen(canvas.getBoundsInLocal());
    double y = channels.getMinY() + channels.getHeight() / 2;
    robot.clickOn(channels.getMinX() + channels.getWidth() * 0.5, y);
    WaitForAsyncUtils.waitForFxEvents();
    long playhead = window.waveform().playheadProperty().get();
    assertThat(text(robot, "#cursor-time"))
        .isEqualTo(TimeText.of(playhead / (double) ClippedRecordings.RATE))
        .isNotEqualTo(TimeText.of(0));
    robot
        .drag(channels.getMinX() + channels.getWidth() * 0.3, y, MouseButton.PRIMARY)
        .dropTo(channels.getMinX() + channels.getWidth() * 0.6, y);
    WaitForAsyncUtils.waitForFxEvents();
    FrameRange selected = window.viewModel().selectionProperty().get();
    double rate = ClippedRecordings.RATE;
    assertThat(text(robot, "#selection-start")).isEqualTo(TimeText.of(selected.start() / rate));
    assertThat(text(robot, "#selection-end")).isEqualTo(TimeText.of(selected.end() / rate));
    assertThat(text(robot, "#selection-length")).isEqualTo(TimeText.of(selected.length() / rate));
    assertThat(selected.length() / rate).isBetween(0.5, 0.7); // 30 % of the 2 s file
  }

  @Test
  void f9HidesTheSidePanelSoTheWaveformTakesTheWholeWidthAndShowsItAgain(FxRobot robot)
      throws Exception {
    openClipped(robot);
    double sceneWidth = window.stage().getScene().getWidth();
    Node waveform = robot.lookup("#waveform").query();
    assertThat(waveform.getBoundsInLocal().getWidth()).isGreaterThan(sceneWidth * 0.6);
    robot.push(KeyCode.F9);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#side-panel").tryQuery()).isEmpty();
    assertThat(waveform.getBoundsInLocal().getWidth()).isGreaterThan(sceneWidth * 0.97);
    robot.push(KeyCode.F9);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
  }

  @Test
  void aWideWindowGivesItsWidthToTheWaveform(FxRobot robot) throws Exception {
    openClipped(robot);
    robot.interact(() -> window.stage().setWidth(1600));
    WaitForAsyncUtils.waitForFxEvents();
    double waveform = robot.lookup("#waveform").query().getBoundsInLocal().getWidth();
    assertThat(waveform).isGreaterThan(1600 * 0.66);
  }

  @Test
  void theRestoreResultsAreInViewAtTheDefaultWindowSize(FxRobot robot) throws Exception {
    openClipped(robot);
    robot.clickOn("#algorithm-cubic");
    robot.clickOn("#restore-whole");
    driver.waitIdle();
    ScrollPane side = robot.lookup("#side-panel").queryAs(ScrollPane.class);
    Bounds visible = sceneBounds(side);
    Bounds stats = sceneBounds(robot.lookup("#restore-stats").query());
    assertThat(text(robot, "#restore-stats")).isNotBlank();
    assertThat(stats.getMaxY())
        .as("the results end inside the panel")
        .isLessThan(visible.getMaxY());
  }

  @Test
  void noColumnHeaderIsCut(FxRobot robot) throws Exception {
    openClipped(robot);
    var headers = robot.lookup("#channel-table .column-header .label").queryAllAs(Labeled.class);
    assertThat(headers).hasSizeGreaterThanOrEqualTo(5);
    for (Labeled header : headers) {
      Text shown = (Text) header.lookup(".text");
      assertThat(shown.getText()).as("header " + header.getText()).isEqualTo(header.getText());
    }
  }

  @Test
  void ctrlUpZoomsTheLevelAndTheViewMenuLabelsItInDbfs(FxRobot robot) throws Exception {
    openClipped(robot);
    robot.press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.waveform().verticalZoomProperty().get()).isEqualTo(2);
    robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.waveform().verticalZoomProperty().get()).isEqualTo(1);
    var dbfs = (javafx.scene.control.CheckMenuItem) Menus.item(window, "menu-level-scale-in-dbfs");
    robot.interact(() -> dbfs.setSelected(true)); // what a click on the item does
    assertThat(window.waveform().dbfsProperty().get()).isTrue();
  }
}
