package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse over the channels: wheel zooms around the pointer, shift+wheel (or a sideways wheel)
 * scrolls, ctrl+wheel zooms the level, drag selects, a click places the playhead and clears the
 * selection, a double-click fits the file. Filters on the channel box take the events before
 * JFreeChart's own handlers can zoom or pan the plots.
 */
final class ViewMouse {

  /** Zoom per wheel notch (JavaFX reports about 40 pixels of deltaY per notch). */
  private static final double ZOOM_PER_NOTCH = 0.8;

  private static final double DRAG_THRESHOLD = 3;

  private final WaveformView view;
  private final Node channels;
  private double pressX;
  private double pressFrame;
  private boolean dragging;

  ViewMouse(WaveformView view, Node channels) {
    this.view = view;
    this.channels = channels;
  }

  void install() {
    channels.addEventFilter(ScrollEvent.SCROLL, this::scroll);
    channels.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
    channels.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
    channels.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    channels.addEventFilter(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    channels.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
    channels.addEventFilter(MouseEvent.MOUSE_EXITED, e -> view.pointerProperty().set(-1));
  }

  private void scroll(ScrollEvent e) {
    e.consume();
    Viewport viewport = view.viewport();
    if (viewport == null) {
      return;
    }
    if (e.isShortcutDown()) { // Ctrl+wheel zooms the level, as in Audition
      if (e.getDeltaY() > 0) {
        view.zoomInVertically();
      } else if (e.getDeltaY() < 0) {
        view.zoomOutVertically();
      }
      return;
    }
    double sideways = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
    if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
      view.setViewport(viewport.scrollBy(-sideways / 40 * 0.1));
    } else if (e.getDeltaY() != 0) {
      // a wheel reports lines (3 per notch on most desktops); a touchpad reports pixels
      double notches =
          e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES
              ? e.getTextDeltaY() / 3
              : e.getDeltaY() / 40;
      view.zoomAround(frameAt(e.getSceneX(), e.getSceneY()), Math.pow(ZOOM_PER_NOTCH, notches));
    }
  }

  private void moved(MouseEvent e) {
    if (view.viewport() != null) {
      view.pointerProperty().set(Math.round(frameAt(e.getSceneX(), e.getSceneY())));
    }
  }

  private void pressed(MouseEvent e) {
    e.consume();
    if (e.getButton() != MouseButton.PRIMARY || view.viewport() == null) {
      return;
    }
    if (e.getClickCount() == 2) {
      view.zoomToFit();
      return;
    }
    pressX = e.getSceneX();
    pressFrame = frameAt(e.getSceneX(), e.getSceneY());
    dragging = false;
  }

  private void dragged(MouseEvent e) {
    e.consume();
    if (!e.isPrimaryButtonDown() || view.viewport() == null) {
      return;
    }
    if (Math.abs(e.getSceneX() - pressX) >= DRAG_THRESHOLD) {
      dragging = true;
    }
    if (dragging) {
      double frame = frameAt(e.getSceneX(), e.getSceneY());
      long a = Math.round(Math.min(pressFrame, frame));
      long b = Math.round(Math.max(pressFrame, frame));
      view.selectionProperty().set(new FrameRange(a, b));
    }
  }

  private void released(MouseEvent e) {
    e.consume();
    if (e.getButton() == MouseButton.PRIMARY
        && !dragging
        && e.getClickCount() == 1
        && view.viewport() != null) {
      view.selectionProperty().set(null);
      view.playheadProperty().set(Math.round(pressFrame));
    }
    dragging = false;
  }

  /** The frame under a scene point, from the charts' shared data area. */
  private double frameAt(double sceneX, double sceneY) {
    Point2D local = view.charts().get(0).canvas().sceneToLocal(sceneX, sceneY);
    Rectangle2D area = view.dataArea();
    return view.viewport().frameAt(local.getX() - area.getX(), area.getWidth());
  }
}
