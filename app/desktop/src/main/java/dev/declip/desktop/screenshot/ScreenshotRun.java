package dev.declip.desktop.screenshot;

import dev.declip.bundle.BundledFiles;
import dev.declip.desktop.window.ErrorMessages;
import dev.declip.desktop.window.StudioWindow;
import dev.declip.restore.AlgorithmChoice;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The README's screenshots: open a recording, restore the whole file, save a PNG of the window,
 * quit; or picture the first start's welcome view; or, for the history, restore a second time by
 * interpolation and compare the two restores A/B. Exit status 0 when the PNG was written, 1 with a
 * one-line message otherwise.
 *
 * <p>The restore starts once the recording is open and the default model, if one is bundled, has
 * been inspected (accepted or refused): the picture then shows the network's restore, not a race.
 */
public final class ScreenshotRun {
  private final StudioWindow window;
  private final Path output;
  private final boolean history;
  private boolean opened;
  private boolean modelSettled;
  private boolean restoring;
  private boolean exportDialog;

  public ScreenshotRun(StudioWindow window, Path output) {
    this(window, output, false);
  }

  /**
   * @param history picture two restores (the default algorithm, then interpolation) compared A/B
   */
  public ScreenshotRun(StudioWindow window, Path output, boolean history) {
    this.window = window;
    this.output = output;
    this.history = history;
  }

  /** After the restore, picture the export dialog with its gain figure instead of the window. */
  public void pictureTheExportDialog() {
    exportDialog = true;
  }

  public void start(Optional<Path> recording) {
    if (recording.isEmpty()) {
      fail("no recording given and the demo recording was not found");
      return;
    }
    window.onError((what, e) -> fail(what + ": " + ErrorMessages.oneLine(e)));
    modelSettled =
        BundledFiles.defaultModel().isEmpty()
            || window.restoreViewModel().modelProperty().get() != null;
    window
        .restoreViewModel()
        .modelTextProperty()
        .addListener((obs, o, text) -> step(() -> modelSettled = true));
    window
        .viewModel()
        .recordingProperty()
        .addListener((obs, o, recordingOpened) -> step(() -> opened = recordingOpened != null));
    window
        .viewModel()
        .restoredProperty()
        .addListener(
            (obs, o, restored) -> {
              if (restored == null) {
                return;
              }
              var entries = window.viewModel().history().entries();
              if (history && entries.size() == 1) {
                window.restoreViewModel().algorithmProperty().set(AlgorithmChoice.CUBIC);
                Platform.runLater(() -> window.restore(false));
                return;
              }
              if (history) {
                window.viewModel().history().compareWithProperty().set(entries.get(0));
              }
              PauseTransition settle = new PauseTransition(Duration.millis(400));
              settle.setOnFinished(e -> save(sceneToPicture()));
              settle.play();
            });
    showWindow();
    window.open(recording.get());
  }

  /** The window as a first start shows it (the caller put up the welcome view). */
  public void startWelcome() {
    showWindow();
    PauseTransition settle = new PauseTransition(Duration.millis(400));
    settle.setOnFinished(e -> save(window.stage().getScene()));
    settle.play();
  }

  private void showWindow() {
    window.stage().setWidth(StudioWindow.WIDTH);
    window.stage().setHeight(StudioWindow.HEIGHT);
    window.stage().show();
  }

  private void step(Runnable change) {
    change.run();
    if (opened && modelSettled && !restoring) {
      restoring = true;
      Platform.runLater(() -> window.restore(false)); // after the open's own listeners
    }
  }

  /** The main window, or the export dialog opened over it. */
  private Scene sceneToPicture() {
    if (!exportDialog) {
      return window.stage().getScene();
    }
    return window.showExportDialog().getDialogPane().getScene();
  }

  private void save(Scene scene) {
    try {
      WindowPng.write(scene, output);
      System.err.println("declip-studio: wrote " + output);
      Platform.exit();
    } catch (Exception e) {
      fail("could not write " + output + ": " + ErrorMessages.oneLine(e));
    }
  }

  private static void fail(String message) {
    System.err.println("declip-studio: " + message);
    Platform.exit();
    System.exit(1);
  }
}
