package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.audio.AudioFiles;
import dev.declip.clipping.ClippedRun;
import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.playback.Side;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.levels.TruePeak;
import dev.declip.model.ModelInspector;
import dev.declip.model.TestModels;
import dev.declip.restore.file.RestoredLevels;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
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

  /** What the next file dialog answers, as a user picking that file would; null cancels it. */
  private Path picked;

  @Start
  void start(Stage stage) {
    window =
        new StudioWindow(stage, new BackgroundWork(), new SettingsStore(dir.resolve("config")));
    // Monocle has no native file dialog: the dialog's answer comes from the test.
    window.usePicker((chooser, owner, save) -> picked == null ? null : picked.toFile());
    stage.show();
  }

  /** Opens {@code file} as a user does: Ctrl+O, then the file picked in the dialog. */
  private void openByKeys(FxRobot robot, Path file) throws Exception {
    picked = file;
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    waitIdle();
  }

  /**
   * Ctrl+E, the file named in the save dialog, then the export dialog left open for the test to
   * answer.
   */
  private DialogPane exportDialogFor(FxRobot robot, Path destination) {
    picked = destination;
    // The export dialog waits for an answer: its key press must not wait inside interact.
    Platform.runLater(window::exportDialog);
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#export-dialog").queryAs(DialogPane.class);
  }

  private void waitIdle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Path openClipped(FxRobot robot, double seconds) throws Exception {
    Path file = ClippedRecordings.write(dir, "take.wav", 2, seconds);
    openByKeys(robot, file);
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
    openByKeys(robot, other);
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
    exportDialogFor(robot, output);
    robot.clickOn("#format-pcm-16");
    robot.clickOn("OK");
    waitIdle();
    assertThat(AudioFiles.readAll(output).frames()).isEqualTo(ClippedRecordings.RATE);
    assertThat(AudioFiles.open(output).info().bitsPerSample()).isEqualTo(16);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(window.stage().getTitle()).isEqualTo("take.wav — Declip Studio");
  }

  @Test
  void theExportDialogNamesFormatsInWordsAndShowsTheGainBeforeWriting(FxRobot robot)
      throws Exception {
    openClipped(robot, 1);
    restoreWhole(robot);
    Path output = dir.resolve("take-declipped.wav");
    exportDialogFor(robot, output);
    assertThat(robot.lookup("#format-pcm-16").queryLabeled().getText()).isEqualTo("16-bit PCM");
    assertThat(robot.lookup("#format-pcm-24").queryLabeled().getText()).isEqualTo("24-bit PCM");
    assertThat(robot.lookup("#format-float-32").queryLabeled().getText()).isEqualTo("32-bit float");
    robot.clickOn("#format-pcm-24");
    robot.clickOn("#level-ceiling");
    setSpinner(robot, "#export-ceiling", "-1");
    RestoredLevels levels = window.viewModel().restoredProperty().get().restored().levels();
    double expectedGain = Math.min(0, -1 - 20 * Math.log10(levels.truePeak()));
    String figure = text(robot, "#export-gain");
    assertThat(figure)
        .startsWith(
            String.format(
                Locale.ROOT, "Gain %+.2f dB. The file will peak at -1.00 dBTP", expectedGain));
    assertThat(Files.exists(output)).as("nothing written before OK").isFalse();

    robot.clickOn("OK");
    waitIdle();
    float truePeak = TruePeak.of(AudioFiles.readAll(output).samples());
    assertThat(20 * Math.log10(truePeak)).isCloseTo(-1.0, within(0.01));
    assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
  }

  @Test
  void theLimiterChoiceKeepsTheGainAndHoldsRestoredPeaksAtTheCeiling(FxRobot robot)
      throws Exception {
    // Quiet, then a loud stretch clipped at LEVEL, then quiet again.
    int rate = ClippedRecordings.RATE;
    float[][] recorded = new float[2][rate];
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < rate; i++) {
        boolean loud = i >= 2 * rate / 5 && i < 3 * rate / 5;
        double x = (loud ? 0.9 : 0.3) * Math.sin(2 * Math.PI * (440 + 110 * c) * i / rate);
        float clipped =
            (float) Math.max(-ClippedRecordings.LEVEL, Math.min(ClippedRecordings.LEVEL, x));
        recorded[c][i] = Math.round(clipped * 32768f) / 32768f;
      }
    }
    Path take = dir.resolve("burst.wav");
    AudioFiles.writeAll(
        take,
        new dev.declip.audio.OutputFormat(
            dev.declip.audio.Container.WAV, dev.declip.audio.SampleEncoding.PCM_16),
        new dev.declip.audio.AudioData(
            new dev.declip.audio.AudioInfo(
                dev.declip.audio.Container.WAV, rate, 2, 16, false, rate),
            recorded));
    openByKeys(robot, take);
    restoreWhole(robot);
    Path output = dir.resolve("limited.wav");
    exportDialogFor(robot, output);
    robot.clickOn("#format-pcm-24");
    robot.clickOn("#level-limit");
    setSpinner(robot, "#export-ceiling", "-5");
    assertThat(text(robot, "#export-gain")).startsWith("Gain +0.00 dB.").contains("limiter");
    robot.clickOn("OK");
    waitIdle();
    float[][] written = AudioFiles.readAll(output).samples();
    int reach = ClippedRecordings.RATE / 40; // 25 ms: beyond the limiter's look-ahead and release
    long far = 0;
    long farExact = 0;
    float truePeak = 0;
    for (int c = 0; c < written.length; c++) {
      truePeak = Math.max(truePeak, TruePeak.of(written[c]));
      for (int i = 0; i < written[c].length; i++) {
        boolean nearClipping = false;
        for (int j = Math.max(0, i - reach); j < Math.min(written[c].length, i + reach); j++) {
          nearClipping |= Math.abs(recorded[c][j]) >= ClippedRecordings.LEVEL - 1e-4f;
        }
        if (!nearClipping) {
          far++;
          farExact += written[c][i] == recorded[c][i] ? 1 : 0;
        }
      }
    }
    // The recording peaks at its clip level (-6.0 dBFS); restored peaks rise above -5 and are held.
    assertThat(20 * Math.log10(truePeak)).isLessThanOrEqualTo(-5 + 0.05);
    assertThat(far).isPositive();
    assertThat(farExact).isEqualTo(far);
  }

  @Test
  void theExportDialogRemembersTheLastChoice(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWhole(robot);
    exportDialogFor(robot, dir.resolve("first.wav"));
    robot.clickOn("#format-float-32");
    robot.clickOn("#level-limit");
    setSpinner(robot, "#export-makeup", "2");
    robot.clickOn("OK");
    waitIdle();
    exportDialogFor(robot, dir.resolve("second.wav"));
    assertThat(robot.lookup("#format-float-32").queryAs(RadioButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#level-limit").queryAs(RadioButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#export-makeup").queryAs(Spinner.class).getValue()).isEqualTo(2.0);
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Files.exists(dir.resolve("second.wav"))).isFalse();
  }

  /** Types a value into a spinner's field, as a user would. */
  private static void setSpinner(FxRobot robot, String query, String value) {
    robot.clickOn(query + " .text-field");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write(value);
    WaitForAsyncUtils.waitForFxEvents();
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
    openByKeys(robot, broken);
    DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Could not open broken.wav");
    assertThat(dialog.getContentText()).startsWith("broken.wav: truncated").doesNotContain("\n");
    assertThat(window.viewModel().recordingProperty().get()).isNull();
  }
}
