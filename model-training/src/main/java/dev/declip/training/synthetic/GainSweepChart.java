package dev.declip.training.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Fig. 6 as a PNG: mean test SDR against g_max, the clipped input's SDR as a dashed line. */
final class GainSweepChart {

  private GainSweepChart() {}

  static void write(Path file, List<CellResult> sweep) throws IOException {
    XYSeries output = new XYSeries("f(y)");
    XYSeries blended = new XYSeries("eq. 16 blend");
    for (CellResult cell : sweep) {
      output.add(cell.gMax(), cell.outputSdr());
      blended.add(cell.gMax(), cell.blendedSdr());
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(output);
    dataset.addSeries(blended);
    CellResult first = sweep.get(0);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            String.format(
                Locale.ROOT, "SDR against g_max (d = %d, v = %.2f)", first.dim(), first.fraction()),
            "g_max (g uniform on [g_min, g_max])",
            "mean test SDR (dB)",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setRenderer(new XYLineAndShapeRenderer(true, true));
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    ValueMarker input = new ValueMarker(first.inputSdr());
    input.setPaint(Color.BLACK);
    input.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
    input.setLabel("clipped input");
    input.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    input.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    plot.addRangeMarker(input);
    plot.setBackgroundPaint(Color.WHITE);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 640, 420);
  }
}
