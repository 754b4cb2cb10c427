package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The times under the waveform, as h:mm:ss.mmm: the cursor (playhead), the pointer while it is over
 * the channels, and the selection's start, end and length.
 */
final class TimeReadout extends HBox {

  TimeReadout(WaveformView view) {
    super(18);
    setId("time-readout");
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(3, 8, 3, 8));
    setStyle("-fx-background-color: #161a21;");
    getChildren()
        .addAll(
            field(
                "cursor-time",
                "Cursor",
                frameText(view, view.playheadProperty()),
                "Where playback starts: click the waveform to move it"),
            field(
                "pointer-time",
                "Pointer",
                frameText(view, view.pointerProperty()),
                "The time under the mouse pointer"),
            field(
                "selection-start",
                "Selection",
                edge(view, true),
                "Start of the selection: drag across the waveform to select"),
            field("selection-end", "to", edge(view, false), "End of the selection"),
            field("selection-length", "length", length(view), "Length of the selection"));
  }

  private static HBox field(String id, String name, StringBinding value, String tip) {
    Label caption = new Label(name);
    caption.setStyle("-fx-text-fill: #7d8592;");
    Label text = new Label();
    text.setId(id);
    text.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
    text.setStyle("-fx-font-family: monospace; -fx-text-fill: #dfe3ea;");
    text.textProperty().bind(value);
    text.setTooltip(new Tooltip(tip));
    HBox box = new HBox(5, caption, text);
    box.setAlignment(Pos.BASELINE_LEFT);
    return box;
  }

  private static StringBinding frameText(
      WaveformView view, javafx.beans.property.LongProperty frame) {
    return Bindings.createStringBinding(
        () -> frame.get() < 0 ? "–" : TimeText.of(frame.get() / (double) view.getSampleRate()),
        frame,
        view.sampleRateProperty());
  }

  private static StringBinding edge(WaveformView view, boolean start) {
    return Bindings.createStringBinding(
        () -> {
          FrameRange s = view.selectionProperty().get();
          return s == null || s.length() == 0
              ? "–"
              : TimeText.of((start ? s.start() : s.end()) / (double) view.getSampleRate());
        },
        view.selectionProperty(),
        view.sampleRateProperty());
  }

  private static StringBinding length(WaveformView view) {
    return Bindings.createStringBinding(
        () -> {
          FrameRange s = view.selectionProperty().get();
          return s == null || s.length() == 0
              ? "–"
              : TimeText.of(s.length() / (double) view.getSampleRate());
        },
        view.selectionProperty(),
        view.sampleRateProperty());
  }
}
