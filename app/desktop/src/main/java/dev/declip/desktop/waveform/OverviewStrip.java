package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;
import java.util.function.DoubleConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The whole file in a thin strip: all channels' envelope, clipped stretches marked in orange, and
 * the visible span as a box. Clicking or dragging centres the view on the frame under the pointer.
 */
final class OverviewStrip extends Pane {

  private final Canvas canvas = new Canvas();
  private MinMaxPyramid pyramid;
  private RunIndex runs;
  private Viewport viewport;
  private double leftInset;
  private double rightInset;
  private Envelope mixed;
  private boolean[] clipped;

  OverviewStrip(DoubleConsumer centreOnFrame) {
    getChildren().add(canvas);
    getStyleClass().add("waveform-overview");
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    canvas.widthProperty().addListener((o, a, b) -> summarise());
    canvas.heightProperty().addListener((o, a, b) -> paint());
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> move(e, centreOnFrame));
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> move(e, centreOnFrame));
  }

  /**
   * Lines the strip up with the channels' data areas, which start after the level axis and end
   * before the room kept for the last time label.
   */
  void setInsets(double left, double right) {
    if (left != leftInset || right != rightInset) {
      leftInset = left;
      rightInset = Math.max(0, right);
      summarise();
    }
  }

  void setRecording(MinMaxPyramid pyramid, RunIndex runs) {
    this.pyramid = pyramid;
    this.runs = runs;
    summarise();
  }

  void setViewport(Viewport viewport) {
    this.viewport = viewport;
    paint();
  }

  private double stripWidth() {
    return Math.max(1, canvas.getWidth() - leftInset - rightInset);
  }

  private void move(MouseEvent e, DoubleConsumer centreOnFrame) {
    if (viewport != null) {
      Viewport whole = Viewport.fit(viewport.totalFrames());
      centreOnFrame.accept(whole.frameAt(e.getX() - leftInset, stripWidth()));
      e.consume();
    }
  }

  private void summarise() {
    mixed = null;
    if (pyramid != null && pyramid.frames() > 0) {
      int columns = (int) stripWidth();
      FrameRange all = new FrameRange(0, pyramid.frames());
      float[] lows = new float[columns];
      float[] highs = new float[columns];
      clipped = new boolean[columns];
      for (int c = 0; c < pyramid.channels(); c++) {
        Envelope e = pyramid.query(c, all, columns);
        for (int i = 0; i < columns; i++) {
          lows[i] = c == 0 ? e.min()[i] : Math.min(lows[i], e.min()[i]);
          highs[i] = c == 0 ? e.max()[i] : Math.max(highs[i], e.max()[i]);
        }
        double framesPerColumn = all.length() / (double) columns;
        for (double[] shade : runs.shading(c, all, framesPerColumn)) {
          int from = (int) Math.max(0, shade[0] / framesPerColumn);
          int to = (int) Math.min(columns - 1, shade[1] / framesPerColumn);
          for (int i = from; i <= to; i++) {
            clipped[i] = true;
          }
        }
      }
      mixed = new Envelope(lows, highs);
    }
    paint();
  }

  private void paint() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(WaveformTheme.fx(WaveformTheme.BACKGROUND));
    g.fillRect(0, 0, w, h);
    if (mixed == null || viewport == null) {
      return;
    }
    g.setFill(WaveformTheme.fx(WaveformTheme.PLOT));
    g.fillRect(leftInset, 0, stripWidth(), h);
    double mid = h / 2;
    double band = Math.max(2, h * 0.14);
    Color trace = WaveformTheme.fx(WaveformTheme.ORIGINAL).deriveColor(0, 0.8, 0.85, 1);
    Color clip = WaveformTheme.fx(WaveformTheme.CLIPPED_SAMPLE);
    g.setLineWidth(1);
    for (int i = 0; i < mixed.columns(); i++) {
      double x = leftInset + i + 0.5;
      if (clipped[i]) { // clipped columns: marks along both edges and the envelope in orange
        g.setStroke(clip);
        g.strokeLine(x, 0, x, band);
        g.strokeLine(x, h - band, x, h);
      } else {
        g.setStroke(trace);
      }
      g.strokeLine(x, mid - mixed.max()[i] * mid * 0.7, x, mid - mixed.min()[i] * mid * 0.7 + 0.01);
    }
    Viewport whole = Viewport.fit(viewport.totalFrames());
    double x0 = leftInset + whole.xOf(viewport.visible().start(), stripWidth());
    double x1 = leftInset + whole.xOf(viewport.visible().end(), stripWidth());
    double boxWidth = Math.max(2, x1 - x0);
    g.setFill(Color.rgb(255, 255, 255, 0.13));
    g.fillRect(x0, 0, boxWidth, h);
    g.setStroke(Color.rgb(255, 255, 255, 0.7));
    g.strokeRect(x0 + 0.5, 0.5, boxWidth - 1, h - 1);
  }
}
