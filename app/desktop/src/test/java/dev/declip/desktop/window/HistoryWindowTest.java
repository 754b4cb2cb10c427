package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.declip.audio.SampleEncoding;
import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.history.HistoryEntry;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.model.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The restore history, undo, A/B between entries, the processing log and model choice, driven
 * through menus, buttons, keys and the file dialogs (answered by a picker: the headless toolkit has
 * no system dialog).
 */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {
  @TempDir Path dir;
  private StudioWindow window;
  private Stage stage;
  private Path picked;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window =
        new StudioWindow(stage, new BackgroundWork(), new SettingsStore(dir.resolve("config")));
    window.usePicker((chooser, owner, save) -> picked == null ? null : picked.toFile());
    stage.show();
  }

  private void waitIdle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** File › Open…, answering the dialog with {@code file}. */
  private void openThroughTheFileMenu(FxRobot robot, Path file) throws Exception {
    picked = file;
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    waitIdle();
  }

  private Path openClipped(FxRobot robot, double seconds) throws Exception {
    Path file = ClippedRecordings.write(dir, "take.wav", 2, seconds);
    openThroughTheFileMenu(robot, file);
    return file;
  }

  /** Picks the algorithm and restores the whole file with Ctrl+R. */
  private void restoreWith(FxRobot robot, String algorithmButton) throws Exception {
    robot.clickOn(algorithmButton);
    restoreWholeFile(robot);
  }

  private void restoreWholeFile(FxRobot robot) throws Exception {
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    waitIdle();
  }

  private HistoryEntry current() {
    return window.viewModel().history().currentProperty().get();
  }

  private ListView<?> historyList(FxRobot robot) {
    return robot.lookup("#history-list").queryAs(ListView.class);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private void undo(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void redo(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
        .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void everyRestoreIsKeptAndCtrlZAndCtrlShiftZStepThroughThem(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWith(robot, "#algorithm-aspade");
    restoreWith(robot, "#algorithm-cubic");
    assertThat(historyList(robot).getItems()).hasSize(2);
    assertThat(current().name()).isEqualTo("#2 cubic");
    assertThat(current().basedOn().name()).isEqualTo("#1 a-spade");

    undo(robot);
    assertThat(window.viewModel().restoredProperty().get().algorithm()).isEqualTo("a-spade");
    assertThat(historyList(robot).getSelectionModel().getSelectedIndex()).isZero();
    undo(robot);
    assertThat(window.viewModel().restoredProperty().get()).isNull();
    assertThat(text(robot, "#restore-stats")).isEqualTo("Not restored yet");
    redo(robot);
    redo(robot);
    assertThat(current().name()).isEqualTo("#2 cubic");
    assertThat(historyList(robot).getItems()).hasSize(2);
    assertThat(stage.getTitle()).isEqualTo("• take.wav — Declip Studio");
  }

  @Test
  void aRestoreMadeAfterAnUndoKeepsTheOneUndone(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWith(robot, "#algorithm-aspade");
    undo(robot);
    restoreWith(robot, "#algorithm-cubic");
    assertThat(historyList(robot).getItems()).hasSize(2);
    assertThat(current().basedOn()).isNull();
    robot.clickOn(robot.lookup("#history-list .list-cell").nth(0).queryLabeled());
    assertThat(window.viewModel().restoredProperty().get().algorithm()).isEqualTo("a-spade");
  }

  @Test
  void eachEntrySaysWhatRanOnWhichRangeHowLongAndWhatChanged(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.interact(
        () ->
            window
                .viewModel()
                .selectionProperty()
                .set(new dev.declip.samples.FrameRange(2205, 4410)));
    robot.clickOn("#algorithm-cubic");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R)
        .release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
    waitIdle();
    String row = robot.lookup("#history-list .list-cell").nth(0).queryLabeled().getText();
    assertThat(row)
        .matches(
            "#1 cubic · 0\\.100–0\\.200 s · \\d+\\.\\d s · [\\d,]+ changed · peak -?\\d+\\.\\d\\d dBFS");
    assertThat(current().samplesChanged()).isPositive();
  }

  @Test
  void tabComparesAnyTwoEntriesWhilePlaying(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWith(robot, "#algorithm-aspade");
    restoreWith(robot, "#algorithm-cubic");
    HistoryEntry first = window.viewModel().history().entries().get(0);
    HistoryEntry second = window.viewModel().history().entries().get(1);
    ComboBox<?> compare = robot.lookup("#compare-with").queryAs(ComboBox.class);
    robot.clickOn(compare);
    robot.clickOn( // the entry in the list that opened
        (Node n) -> n instanceof ListCell<?> cell && "#1 a-spade".equals(cell.getText()));
    assertThat(text(robot, "#heard")).isEqualTo("B  #2 cubic");
    assertThat(window.playback().selectedAudio()).isSameAs(second.outcome().restored());
    robot.push(KeyCode.TAB);
    assertThat(text(robot, "#heard")).isEqualTo("A  #1 a-spade");
    assertThat(window.playback().selectedAudio()).isSameAs(first.outcome().restored());
    robot.push(KeyCode.TAB);
    assertThat(window.playback().selectedAudio()).isSameAs(second.outcome().restored());
  }

  @Test
  void countingAgainKeepsTheRestoresAndLetsGoOfTheFocus(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    robot.clickOn("#manual-levels .thumb-area");
    restoreWholeFile(robot); // by interpolation, the only algorithm without a model
    robot.clickOn("#count-again");
    waitIdle();
    Node focused = stage.getScene().getFocusOwner();
    assertThat(focused == null ? null : focused.getId()).isNotEqualTo("count-again");
    assertThat(historyList(robot).getItems()).hasSize(1);
    assertThat(window.viewModel().restoredProperty().get()).isNotNull();
    assertThat(stage.getTitle()).isEqualTo("• take.wav — Declip Studio");
  }

  @Test
  void quittingAsksAboutEveryRestoreNotExported(FxRobot robot) throws Exception {
    openClipped(robot, 1);
    restoreWith(robot, "#algorithm-cubic");
    restoreWith(robot, "#algorithm-aspade");
    robot.interact(() -> window.export(dir.resolve("take-declipped.wav"), SampleEncoding.PCM_16));
    waitIdle();
    assertThat(stage.getTitle()).isEqualTo("• take.wav — Declip Studio"); // #1 is not exported
    Platform.runLater(window::quit);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane question = robot.lookup("#discard-dialog").queryAs(DialogPane.class);
    assertThat(question.getHeaderText()).isEqualTo("The restore of take.wav has not been exported");
    robot.clickOn("Cancel");
    assertThat(stage.isShowing()).isTrue();
  }

  @Test
  void exportWritesTheProcessingLogBesideTheAudio(FxRobot robot) throws Exception {
    Path model = TestModels.writeRandomUNet(dir);
    robot.interact(() -> window.start(Optional.of(model)));
    openClipped(robot, 1);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> window.restoreViewModel().modelProperty().get() != null);
    restoreWith(robot, "#algorithm-neural");
    restoreWith(robot, "#algorithm-cubic");
    Path output = dir.resolve("take-declipped.flac");
    robot.interact(() -> window.export(output, SampleEncoding.PCM_24));
    waitIdle();

    JsonNode log =
        new ObjectMapper().readTree(dir.resolve("take-declipped.declip-log.json").toFile());
    assertThat(log.get("app").asText()).isEqualTo("Declip Studio");
    assertThat(log.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(log.get("output").get("entry").asInt()).isEqualTo(2);
    JsonNode entries = log.get("entries");
    assertThat(entries).hasSize(2);
    JsonNode neural = entries.get(0);
    assertThat(neural.get("choice").asText()).isEqualTo("NEURAL");
    assertThat(neural.get("model").get("sha256").asText())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model))));
    assertThat(neural.get("exported").asBoolean()).isFalse();
    assertThat(neural.get("clipLevels").get(0).get("positive").floatValue())
        .isEqualTo(ClippedRecordings.LEVEL);
    JsonNode cubic = entries.get(1);
    assertThat(cubic.get("basedOn").asInt()).isEqualTo(1);
    assertThat(cubic.get("model").isNull()).isTrue();
    assertThat(cubic.get("exported").asBoolean()).isTrue();
    assertThat(cubic.get("samplesChanged").asLong()).isEqualTo(current().samplesChanged());
    assertThat(cubic.get("tau").asDouble()).isEqualTo(current().request().tau());
  }

  @Test
  void aFileThatIsNotAModelGetsADialogAndIsNeverSaved(FxRobot robot) throws Exception {
    Path bundled = TestModels.writeRandomUNet(dir);
    robot.interact(() -> window.start(Optional.of(bundled)));
    waitForModel(bundled);
    Path notAModel = dir.resolve("notes.onnx");
    Files.writeString(notAModel, "these are notes, not a network");
    picked = notAModel;
    robot.clickOn("#choose-model");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
    DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Not a model Declip Studio can use: notes.onnx");
    assertThat(dialog.getContentText()).isNotBlank().doesNotContain("\n");
    robot.clickOn("OK");
    assertThat(window.restoreViewModel().modelProperty().get()).isEqualTo(bundled);
    assertThat(text(robot, "#model-text")).contains("Still using " + bundled.getFileName());
    assertThat(new SettingsStore(dir.resolve("config")).load(s -> {}).modelPathIfAny()).isEmpty();
  }

  @Test
  void aSavedModelThatNoLongerLoadsFallsBackToTheBundledOneOnStart(FxRobot robot) throws Exception {
    Path gone = dir.resolve("gone.onnx");
    Files.writeString(gone, "truncated");
    SettingsStore settings = new SettingsStore(dir.resolve("other-config"));
    settings.save(settings.load(s -> {}).withModelPath(gone));
    Path bundled = TestModels.writeRandomUNet(dir);
    StudioWindow[] next = new StudioWindow[1];
    robot.interact(
        () -> {
          next[0] = new StudioWindow(new Stage(), new BackgroundWork(), settings);
          next[0].start(Optional.of(bundled));
        });
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> next[0].restoreViewModel().modelProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(next[0].restoreViewModel().modelProperty().get()).isEqualTo(bundled);
    assertThat(next[0].restoreViewModel().neuralAvailable().get()).isTrue();
    assertThat(next[0].restoreViewModel().modelTextProperty().get())
        .doesNotContain("No default model is bundled");
    assertThat(next[0].work().messageProperty().get())
        .startsWith("The saved model gone.onnx cannot be used")
        .endsWith("using the bundled model");
    assertThat(settings.load(s -> {}).modelPathIfAny()).isEmpty();
  }

  @Test
  void theBundledModelIsOneClickAwayAndThePanelSaysWhatRunsAtWhichRate(FxRobot robot)
      throws Exception {
    Path bundled = TestModels.writeRandomUNet(dir);
    Path models = Files.createDirectories(dir.resolve("models"));
    Path wide = TestModels.writeRandomUNet(models, TestModels.SMALL, 44100, 8192, 7);
    robot.interact(() -> window.start(Optional.of(bundled)));
    waitForModel(bundled);
    openClipped(robot, 1);
    robot.clickOn("#algorithm-neural");
    assertThat(text(robot, "#model-plan"))
        .isEqualTo(
            "Runs "
                + bundled.getFileName()
                + " (bundled) at 22,050 Hz; this file is at that rate, no resampling.");
    picked = wide;
    robot.clickOn("#choose-model");
    waitForModel(wide);
    assertThat(text(robot, "#model-plan"))
        .isEqualTo(
            "Runs "
                + wide.getFileName()
                + " at 44,100 Hz; this file (22,050 Hz) is resampled to 44,100 Hz for it and back.");
    assertThat(new SettingsStore(dir.resolve("config")).load(s -> {}).modelPathIfAny())
        .contains(wide);
    robot.clickOn("#use-bundled-model");
    waitForModel(bundled);
    assertThat(new SettingsStore(dir.resolve("config")).load(s -> {}).modelPathIfAny()).isEmpty();
    robot.clickOn("#algorithm-aspade");
    assertThat(text(robot, "#model-plan"))
        .isEqualTo("Runs the sparse declipper A-SPADE (no model).");
  }

  private void waitForModel(Path model) throws Exception {
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> model.equals(window.restoreViewModel().modelProperty().get()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aNeuralRestoreShowsItsProgressAndCanRunAgain(FxRobot robot) throws Exception {
    Path bundled = TestModels.writeRandomUNet(dir);
    robot.interact(() -> window.start(Optional.of(bundled)));
    waitForModel(bundled);
    openClipped(robot, 30);
    java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    window.work().messageProperty().addListener((obs, o, v) -> messages.add(v));
    restoreWith(robot, "#algorithm-neural");
    assertThat(
            messages.stream()
                .filter(m -> m.matches("Restoring ([1-9]|[1-9]\\d) %.*"))
                .distinct()
                .count())
        .as("messages %s", messages)
        .isGreaterThan(3);
    messages.clear();
    restoreWholeFile(robot);
    assertThat(messages).isNotEmpty();
    assertThat(window.viewModel().history().entries()).hasSize(2);
  }
}
