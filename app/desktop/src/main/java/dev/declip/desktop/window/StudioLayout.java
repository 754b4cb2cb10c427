package dev.declip.desktop.window;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: menus on top, the waveform left of the detection and restore panels (which
 * scroll when the window is short), the status bar below. The waveform gets most of the width and
 * all of what the window gains; the side panel can be hidden (View › Show Side Panel, F9).
 */
final class StudioLayout {
  /** Wide enough for the detection table's columns at the default font. */
  static final double SIDE_MIN_WIDTH = 400;

  /** Beyond this the panels only gain empty space; the waveform takes the rest. */
  static final double SIDE_MAX_WIDTH = 520;

  private StudioLayout() {}

  static BorderPane build(
      Node menus, Node waveform, Node detection, Node restore, Node status, BooleanProperty side) {
    ScrollPane panels = new ScrollPane(new VBox(8, detection, restore));
    panels.setId("side-panel");
    panels.setFitToWidth(true);
    panels.setMinWidth(SIDE_MIN_WIDTH);
    panels.setMaxWidth(SIDE_MAX_WIDTH);
    SplitPane split = new SplitPane(waveform, panels);
    SplitPane.setResizableWithParent(panels, false);
    split.setDividerPositions(0.66);
    side.addListener(
        (obs, was, shown) -> {
          if (shown) {
            split.getItems().add(panels);
            split.setDividerPositions(0.66);
          } else {
            split.getItems().remove(panels);
          }
        });
    BorderPane root = new BorderPane(split);
    root.setId("studio-root");
    root.setTop(menus);
    root.setBottom(status);
    return root;
  }
}
