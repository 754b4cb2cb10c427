package dev.declip.desktop.waveform;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Fills a min/max envelope as one shape, stepped per pixel column and at least one pixel tall, so
 * that silence still shows as a line and a whole view is one fill call instead of thousands.
 */
final class EnvelopeRenderer extends AbstractXYItemRenderer {

  private static final long serialVersionUID = 1L;

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    int count = dataset.getItemCount(series);
    if (item != count - 1) {
      return; // the whole envelope is drawn once, with the last item
    }
    IntervalXYDataset columns = (IntervalXYDataset) dataset;
    RectangleEdge xEdge = plot.getDomainAxisEdge();
    RectangleEdge yEdge = plot.getRangeAxisEdge();
    double[] x0 = new double[count];
    double[] x1 = new double[count];
    double[] top = new double[count];
    double[] bottom = new double[count];
    for (int i = 0; i < count; i++) {
      x0[i] =
          Math.floor(domainAxis.valueToJava2D(columns.getStartXValue(series, i), dataArea, xEdge));
      x1[i] =
          Math.max(
              x0[i] + 1,
              Math.ceil(
                  domainAxis.valueToJava2D(columns.getEndXValue(series, i), dataArea, xEdge)));
      top[i] = rangeAxis.valueToJava2D(columns.getEndYValue(series, i), dataArea, yEdge);
      bottom[i] = rangeAxis.valueToJava2D(columns.getStartYValue(series, i), dataArea, yEdge);
      if (bottom[i] - top[i] < 1) { // keep a flat stretch visible as a one-pixel line
        double middle = (top[i] + bottom[i]) / 2;
        top[i] = middle - 0.5;
        bottom[i] = middle + 0.5;
      }
    }
    Path2D.Double outline = new Path2D.Double(Path2D.WIND_NON_ZERO, 4 * count + 1);
    outline.moveTo(x0[0], top[0]);
    for (int i = 0; i < count; i++) {
      outline.lineTo(x0[i], top[i]);
      outline.lineTo(x1[i], top[i]);
    }
    for (int i = count - 1; i >= 0; i--) {
      outline.lineTo(x1[i], bottom[i]);
      outline.lineTo(x0[i], bottom[i]);
    }
    outline.closePath();
    g2.setPaint(getItemPaint(series, item));
    g2.fill(outline);
  }
}
