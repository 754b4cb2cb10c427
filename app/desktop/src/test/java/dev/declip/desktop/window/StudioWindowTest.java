package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClippedRun;
import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.playback.Side;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.model.ModelInspector;
import dev.declip.model.TestModels;
import dev.declip.samples.FrameRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the real toolkit (headless Monocle), driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
  @TempDir Path dir;
  private StudioWindow window;

  @Start
  void start(Stage stage) {
    window =
        new StudioWindow(stage, new BackgroundWork(), new SettingsStore(dir.resolve("config")));
    stage.show();
  }

  private void waitIdle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Path openClipped(FxRobot robot, double seconds) throws Exception {
    Path file = ClippedRecordings.write(dir, "take.wav", 2, seconds);
    robot.interact(() -> window.open(file));
    waitIdle();
    return file;
  }

  private void restoreWhole(FxRobot robot) throws Exception {
    robot.clickOn("#restore-whole");
    waitIdle();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void openingAClippedFileShowsItsClippingPerChannel(FxRobot robot) throws Exception {
    Path file = openClipped(robot, 2);
    long expected = 0;
    for (float[] channel : ClippedRecordings.clippedSamples(2, 2)) {
      for (float s : channel) {
        expected += Math.abs(s) >= ClippedRecordings.LEVEL ? 1 : 0;
      }
    }
    assertThat(text(robot, "#clipping-summary"))
        .startsWith(String.format(Locale.ROOT, "%,d clipped samples", expected));
    assertThat(robot.lookup("#channel-table").queryAs(TableView.class).getItems()).hasSize(2);
    assertThat(robot.lookup("#run-list").queryAs(ListView.class).getItems()).isNotEmpty();
    assertThat(window.stage().getTitle()).isEqualTo("take.wav — Declip Studio");
    assertThat(window.viewModel().recentFiles()).containsExactly(file.toAbsolutePath());
  }

  @Test
  void aRecentFileOpensAgainFromTheFileMenu(FxRobot robot) throws Exception {
    Path first = openClipped(robot, 1);
    Path other = ClippedRecordings.write(dir, "other.wav", 1, 1);
    robot.interact(() -> window.open(other));
    waitIdle();
    MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
    Menu recent =
        (Menu)
            bar.getMenus().get(0).getItems().stream()
                .filter(item -> "menu-recent".equals(item.getId()))
                .findFirst()
                .orElseThrow();
    MenuItem take = recent.getItems().get(1); // most recent first: other.wav, then take.wav
    assertThat(take.getText()).isEqualTo("take.wav  —  " + first.toAbsolutePath().getParent());
    robot.interact(take::fire); // Monocle cannot pop menus up; fire the item as a click would
    waitIdle();
    assertThat(window.stage().getTitle()).isEqualTo("take.wav — Declip Studio");
  }

  @Test
  void theNextWindowRemembersRecentFilesAndRestoreChoices(FxRobot robot) throws Exception {
    Path file = openClipped(robot, 1);
    robot.interact(() -> window.restoreViewModel().tauProperty().set(0.9));
    robot.interact(() -> window.stage().hide()); // closing saves the settings
    StudioWindow[] next = new StudioWindow[1];
    robot.interact(
        () ->
            next[0] =
                new StudioWindow(
                    new Stage(), new BackgroundWork(), new SettingsStore(dir.resolve("config"))));
    assertThat(next[0].viewModel().recentFiles()).containsExactly(file.toAbsolutePath());
    assertThat(next[0].restoreViewModel().tauProperty().get()).isEqualTo(0.9);
  }

  @Test
  void clickingAClippedRunShowsItInTheWaveform(FxRobot robot) throws Exception {
    openClipped(robot, 2);
    ListView<?> runs = robot.lookup("#run-list").queryAs(ListView.class);
    ClippedRun third = (ClippedRun) runs.getItems().get(2);
    robot.clickOn(robot.lookup("#run-list .list-cell").nth(2).queryLabeled());
    FrameRange visible = window.waveform().visibleRangeProperty().get();
    assertThat(visible.contains(third.startFrame())).isTrue();
    assertThat(visible.length()).isLessThan(ClippedRecordings.RATE / 10);
    assertThat(window.viewModel().selectionProperty().get().contains(third.startFrame())).isTrue();
  }

  @Test
  void plusAndMinusZoomAroundTheMiddleOfTheView(FxRobot robot) throws Exception {
    openClipped(robot, 2);
    long whole = window.waveform().visibleRangeProperty().get().length();
    robot.push(KeyCode.PLUS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.waveform().visibleRangeProperty().get().length()).isEqualTo(whole / 2);
    robot.push(KeyCode.MINUS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.waveform().visibleRangeProperty().get().length()).isEqualTo(whole);
  }

  @Test
  void keyNShowsTheNextClippedRun(FxRobot robot) throws Exception {
    openClipped(robot, 2);
    robot.push(KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    ClippedRun first = window.detectionViewModel().runs().get(0);
    FrameRange visible = window.waveform().visibleRangeProperty().get();
    assertThat(visible.contains(first.startFrame())).isTrue();
    assertThat(visible.length()).isLessThan(ClippedRecordings.RATE);
  }

  @Test
  void restoringByInterpolationShowsWhatChangedAndMarksTheTitle(FxRobot robot) throws Exception {
    openClipped(robot, 2);
    restoreWhole(robot);
    assertThat(text(robot, "#restore-stats")).contains("samples modified", "above the clip level");
    assertThat(window.stage().getTitle()).isEqualTo("• take.wav — Declip Studio");
    assertThat(window.viewModel().restoredProperty().get().algorithm()).isEqualTo("cubic");
  }

  @Test
  void restoresWithTheSparseDeclipperOnceItIsPicked(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.clickOn("#algorithm-aspade");
    restoreWhole(robot);
    assertThat(window.viewModel().restoredProperty().get().algorithm()).isEqualTo("a-spade");
  }

  @Test
  void ctrlRRestoresTheWholeFile(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    waitIdle();
    assertThat(window.viewModel().restoredProperty().get()).isNotNull();
  }

  @Test
  void restoringWithANetworkUsesTheChosenModel(FxRobot robot) throws Exception {
    Path model = TestModels.writeRandomUNet(dir);
    var info = ModelInspector.inspect(model);
    robot.interact(() -> window.restoreViewModel().useModel(info));
    openClipped(robot, 1);
    restoreWhole(robot);
    assertThat(window.viewModel().restoredProperty().get().algorithm()).startsWith("neural");
    assertThat(text(robot, "#restore-stats")).contains("samples modified");
  }

  @Test
  void restoringTheSelectionLeavesTheRestAsRecorded(FxRobot robot) throws Exception {
    openClipped(robot, 2);
    FrameRange selection = new FrameRange(10_000, 20_000);
    robot.interact(() -> window.viewModel().selectionProperty().set(selection));
    robot.clickOn("#restore-selection");
    waitIdle();
    float[] recorded = ClippedRecordings.clippedSamples(2, 2)[0];
    float[] restored = new float[recorded.length];
    window.viewModel().restoredProperty().get().restored().read(0, 0, restored, 0, restored.length);
    long changedInside = 0;
    for (int i = 0; i < recorded.length; i++) {
      if (selection.contains(i)) {
        changedInside += restored[i] != recorded[i] ? 1 : 0;
      } else {
        assertThat(restored[i]).as("frame %d", i).isEqualTo(recorded[i]);
      }
    }
    assertThat(changedInside).isPositive();
  }

  @Test
  void levelsSetByHandCountTheClippingAgain(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.clickOn("#manual-levels .thumb-area");
    robot.interact(
        () ->
            window
                .detectionViewModel()
                .manualLevels()
                .forEach(
                    l -> {
                      l.positiveProperty().set(0.4);
                      l.negativeProperty().set(0.4);
                    }));
    robot.clickOn("#count-again");
    waitIdle();
    long expected = 0;
    for (float[] channel : ClippedRecordings.clippedSamples(2, 1)) {
      for (float s : channel) {
        expected += Math.abs(s) >= 0.4f ? 1 : 0;
      }
    }
    assertThat(text(robot, "#clipping-summary"))
        .startsWith(String.format(Locale.ROOT, "%,d clipped samples", expected));
  }

  @Test
  void keyBSwitchesBetweenOriginalAndRestored(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWhole(robot);
    assertThat(window.playback().selected()).isEqualTo(Side.RESTORED);
    robot.type(KeyCode.B);
    assertThat(window.viewModel().hearRestoredProperty().get()).isFalse();
    assertThat(window.playback().selected()).isEqualTo(Side.ORIGINAL);
    robot.type(KeyCode.B);
    assertThat(window.playback().selected()).isEqualTo(Side.RESTORED);
  }

  @Test
  void spacePlaysOrSaysInOneLineWhyItCannot(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.push(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    var dialog = robot.lookup("#error-dialog").tryQueryAs(DialogPane.class);
    if (dialog.isPresent()) { // machines without a sound card, like CI
      assertThat(dialog.get().getHeaderText()).isEqualTo("Cannot play");
      assertThat(dialog.get().getContentText()).isNotBlank().doesNotContain("\n", "Exception");
    } else {
      assertThat(window.playback().playingProperty().get()).isTrue();
      robot.push(KeyCode.SPACE);
      assertThat(window.playback().playingProperty().get()).isFalse();
    }
  }

  @Test
  void tabSwitchesBetweenOriginalAndRestoredOnceRestored(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWhole(robot);
    robot.type(KeyCode.TAB);
    assertThat(window.playback().selected()).isEqualTo(Side.ORIGINAL);
  }

  @Test
  void exportWritesTheRestoredFileAndLeavesTheInputAlone(FxRobot robot) throws Exception {
    Path input = openClipped(robot, 1);
    byte[] before = Files.readAllBytes(input);
    restoreWhole(robot);
    Path output = dir.resolve("take-declipped.flac");
    robot.interact(() -> window.export(output, SampleEncoding.PCM_16));
    waitIdle();
    assertThat(AudioFiles.readAll(output).frames()).isEqualTo(ClippedRecordings.RATE);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(window.stage().getTitle()).isEqualTo("take.wav — Declip Studio");
  }

  @Test
  void quittingWithAnUnexportedRestoreAsksFirst(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWhole(robot);
    Platform.runLater(window::quit); // the question waits for an answer: not inside interact
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane question = robot.lookup("#discard-dialog").queryAs(DialogPane.class);
    assertThat(question.getHeaderText()).isEqualTo("The restore of take.wav has not been exported");
    robot.clickOn("Cancel");
    assertThat(window.stage().isShowing()).isTrue();
    assertThat(window.viewModel().restoredProperty().get()).isNotNull();
  }

  @Test
  void cancellingALongRestoreKeepsTheWindowResponsiveAndRestoresNothing(FxRobot robot)
      throws Exception {
    Path model = TestModels.writeRandomUNet(dir);
    var info = ModelInspector.inspect(model);
    robot.interact(() -> window.restoreViewModel().useModel(info));
    openClipped(robot, 120);
    robot.clickOn("#restore-whole");
    assertThat(window.work().runningProperty().get()).isTrue();
    robot.clickOn("#cancel");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    robot.clickOn("#manual-levels .thumb-area");
    assertThat(window.detectionViewModel().manualProperty().get()).isTrue();
    assertThat(window.viewModel().restoredProperty().get()).isNull();
    assertThat(text(robot, "#restore-stats")).isEqualTo("Not restored yet");
    assertThat(window.stage().getTitle()).isEqualTo("take.wav — Declip Studio");
  }

  @Test
  void openingACorruptFileSaysWhyInOneLine(FxRobot robot) throws Exception {
    Path whole = ClippedRecordings.write(dir, "whole.wav", 2, 1);
    byte[] bytes = Files.readAllBytes(whole);
    Path broken = dir.resolve("broken.wav");
    Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    robot.interact(() -> window.open(broken));
    waitIdle();
    DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Could not open broken.wav");
    assertThat(dialog.getContentText()).startsWith("broken.wav: truncated").doesNotContain("\n");
    assertThat(window.viewModel().recordingProperty().get()).isNull();
  }
}
