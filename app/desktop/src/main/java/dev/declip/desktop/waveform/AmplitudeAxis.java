package dev.declip.desktop.waveform;

import dev.declip.clipping.ClipLevels;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The level axis of one channel, linear or labelled in dBFS (the waveform stays linear, as in
 * Audition's decibel ruler). Ticks closer to the top or bottom edge than half a label are dropped:
 * channels are stacked, and a label there would run into the next channel's.
 */
final class AmplitudeAxis extends NumberAxis {

  private static final long serialVersionUID = 1L;

  /** The dBFS steps labelled, loudest first; the ones that fit are used. */
  private static final int[] DB_STEPS = {0, -1, -2, -3, -4, -6, -9, -12, -18, -24, -30, -40, -60};

  private final double labelHeight;
  private boolean dbfs;

  AmplitudeAxis(double labelHeight) {
    this.labelHeight = labelHeight;
    setAutoRange(false);
    setAutoTickUnitSelection(true);
  }

  void setDbfs(boolean dbfs) {
    this.dbfs = dbfs;
    fireChangeEvent();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<?> candidates =
        dbfs ? dbTicks(dataArea, edge) : super.refreshTicks(g2, state, dataArea, edge);
    List<Object> kept = new ArrayList<>();
    double margin = labelHeight * 0.6;
    for (Object tick : candidates) {
      double y = valueToJava2D(((NumberTick) tick).getValue(), dataArea, edge);
      if (y - dataArea.getMinY() >= margin && dataArea.getMaxY() - y >= margin) {
        kept.add(tick);
      }
    }
    return kept;
  }

  /** Ticks at ±(each dB step) and at silence, at least one and a half labels apart. */
  private List<NumberTick> dbTicks(Rectangle2D area, RectangleEdge edge) {
    List<NumberTick> ticks = new ArrayList<>();
    ticks.add(tick(0, "−∞"));
    double lastY = valueToJava2D(0, area, edge);
    double room = labelHeight * 1.5;
    for (int i = DB_STEPS.length - 1; i >= 0; i--) { // from quiet (near the middle) outwards
      double magnitude = Math.pow(10, DB_STEPS[i] / 20.0);
      if (magnitude > getUpperBound()) {
        break;
      }
      double y = valueToJava2D(magnitude, area, edge);
      if (Math.abs(lastY - y) >= room) {
        String text = DB_STEPS[i] == 0 ? "0" : String.format(Locale.ROOT, "−%d", -DB_STEPS[i]);
        ticks.add(tick(magnitude, text));
        ticks.add(tick(-magnitude, text));
        lastY = y;
      }
    }
    return ticks;
  }

  private static NumberTick tick(double value, String text) {
    return new NumberTick(
        TickType.MAJOR, value, text, TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, 0);
  }

  /** The level of {@code amplitude} in dBFS, for readouts. */
  static String dbText(double amplitude) {
    double magnitude = Math.abs(amplitude);
    return magnitude == 0
        ? "−∞ dBFS"
        : String.format(Locale.ROOT, "%.1f dBFS", ClipLevels.toDbfs(magnitude));
  }
}
