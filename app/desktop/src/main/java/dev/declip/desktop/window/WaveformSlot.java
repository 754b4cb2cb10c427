package dev.declip.desktop.window;

import dev.declip.clipping.ClippedRun;
import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.restore.RestoreOutcome;
import dev.declip.desktop.waveform.WaveformView;
import dev.declip.samples.FrameRange;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The waveform area: a hint (or, on the first start, the welcome view) until a recording is open,
 * then the waveform view. Jumping to a clipped run selects it with a little context on each side
 * and zooms there, so Restore Selection restores just that run's neighbourhood.
 */
final class WaveformSlot extends StackPane {
  /** Context shown on each side of a run jumped to, in seconds. */
  static final double CONTEXT_SECONDS = 0.02;

  private final WaveformView view = new WaveformView();
  private Node hint = new Label("Open a recording: File › Open, or drop a file here");
  private int sampleRate = 1;

  WaveformSlot() {
    setId("waveform");
    getStyleClass().add("waveform-slot");
    view.setVisible(false);
    getChildren().addAll(view, hint);
  }

  /** Shows {@code welcome} instead of the hint until a recording is open. */
  void showWelcome(Node welcome) {
    getChildren().remove(hint);
    hint = welcome;
    hint.setVisible(!view.isVisible());
    getChildren().add(hint);
  }

  void showRecording(OpenedRecording recording) {
    sampleRate = recording.info().sampleRate();
    view.setRecording(
        recording.samples(),
        recording.pyramid(),
        recording.clipping().levels(),
        recording.clipping().runs());
    view.setVisible(true);
    hint.setVisible(false);
  }

  void showRestored(RestoreOutcome outcome) {
    if (outcome == null) {
      view.setRestored(null, null);
    } else {
      view.setRestored(outcome.restored(), outcome.pyramid());
    }
  }

  void jumpTo(ClippedRun run, long totalFrames) {
    long context = Math.max(run.length(), Math.round(CONTEXT_SECONDS * sampleRate));
    long start = Math.max(0, run.startFrame() - context);
    long end = Math.min(totalFrames, run.startFrame() + run.length() + context);
    view.selectionProperty().set(new FrameRange(start, end));
    view.zoomToSelection();
  }

  WaveformView view() {
    return view;
  }

  void zoomIn() {
    view.zoomIn();
  }

  void zoomOut() {
    view.zoomOut();
  }

  void zoomToFit() {
    view.zoomToFit();
  }

  void zoomToSelection() {
    view.zoomToSelection();
  }

  void zoomToNextClippedRun() {
    view.zoomToNextClippedRun();
  }
}
