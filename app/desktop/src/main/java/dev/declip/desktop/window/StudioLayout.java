package dev.declip.desktop.window;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: menus on top, the waveform left of the detection and restore panels (which
 * scroll when the window is short, as at 1280x800), the status bar below.
 */
final class StudioLayout {
  /** Wide enough for the detection table's columns at the default font. */
  static final double SIDE_MIN_WIDTH = 500;

  private StudioLayout() {}

  static BorderPane build(Node menus, Node waveform, Node detection, Node restore, Node status) {
    ScrollPane side = new ScrollPane(new VBox(8, detection, restore));
    side.setFitToWidth(true);
    side.setMinWidth(SIDE_MIN_WIDTH);
    SplitPane split = new SplitPane(waveform, side);
    split.setDividerPositions(0.58);
    BorderPane root = new BorderPane(split);
    root.setId("studio-root");
    root.setTop(menus);
    root.setBottom(status);
    return root;
  }
}
