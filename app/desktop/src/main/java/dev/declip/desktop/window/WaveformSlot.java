package dev.declip.desktop.window;

import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.samples.FrameRange;
import dev.declip.desktop.samples.SampleStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Where the waveform goes. INTEGRATION POINT: until feat/waveform's WaveformView lands this shows a
 * label; the window talks only to these methods, which then forward to the real view.
 */
final class WaveformSlot extends StackPane {
  private final ObjectProperty<FrameRange> selection = new SimpleObjectProperty<>();
  private final ObjectProperty<TraceChoice> trace = new SimpleObjectProperty<>(TraceChoice.OVERLAY);
  private final Label label = new Label("Open a recording: File › Open, or drop a file here");
  private long shownFrame;

  WaveformSlot() {
    setId("waveform");
    getStyleClass().add("waveform-slot");
    getChildren().add(label);
  }

  void showRecording(OpenedRecording recording) {
    label.setText(
        recording.file().getFileName()
            + " — "
            + recording.info().channels()
            + " ch, "
            + recording.info().sampleRate()
            + " Hz (waveform view arrives with feat/waveform)");
  }

  void showRestored(SampleStore restored) {}

  void showFrame(long frame) {
    shownFrame = frame;
  }

  long shownFrame() {
    return shownFrame;
  }

  void zoomIn() {}

  void zoomOut() {}

  void zoomToFit() {}

  void zoomToSelection() {}

  void zoomToNextClippedRun() {}

  ObjectProperty<FrameRange> selectionProperty() {
    return selection;
  }

  ObjectProperty<TraceChoice> traceProperty() {
    return trace;
  }
}
