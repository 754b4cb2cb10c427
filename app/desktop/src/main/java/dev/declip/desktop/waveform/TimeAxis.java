package dev.declip.desktop.waveform;

import java.awt.Graphics2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;

/**
 * A seconds axis with round time steps labelled h:mm:ss.mmm. The label width estimate gets extra
 * room: the estimate comes from AWT font metrics, while the labels are drawn by JavaFX, whose text
 * can be wider, and time labels set edge to edge are unreadable.
 */
final class TimeAxis extends NumberAxis {

  private static final long serialVersionUID = 1L;

  TimeAxis() {
    setStandardTickUnits(TimeTicks.units());
    setAutoRange(false);
  }

  @Override
  protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
    return super.estimateMaximumTickLabelWidth(g2, unit) * 1.6;
  }
}
