package dev.declip.training.synthetic;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Fig. 5 as a PNG: mean test SDR per (v, d) cell, one coloured block per cell with its value
 * written on it. Cells sit at their index, with the grid's values as axis labels.
 */
final class HeatMapChart {

  private HeatMapChart() {}

  static void write(
      Path file, String title, List<Integer> dims, List<Double> fractions, List<CellResult> cells)
      throws IOException {
    double[][] series = new double[3][cells.size()];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    XYPlot plot = new XYPlot();
    for (int i = 0; i < cells.size(); i++) {
      CellResult cell = cells.get(i);
      series[0][i] = fractions.indexOf(cell.fraction());
      series[1][i] = dims.indexOf(cell.dim());
      series[2][i] = cell.outputSdr();
      low = Math.min(low, cell.outputSdr());
      high = Math.max(high, cell.outputSdr());
      XYTextAnnotation label =
          new XYTextAnnotation(
              String.format(Locale.ROOT, "%.1f", cell.outputSdr()), series[0][i], series[1][i]);
      label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      plot.addAnnotation(label);
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("SDR", series);
    PaintScale scale = new BlueToRedScale(low, high > low ? high : low + 1);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    plot.setDataset(dataset);
    plot.setRenderer(renderer);
    plot.setDomainAxis(
        new SymbolAxis(
            "clipped fraction v",
            fractions.stream()
                .map(v -> String.format(Locale.ROOT, "%.2f", v))
                .toArray(String[]::new)));
    plot.setRangeAxis(
        new SymbolAxis(
            "subspace dimension d", dims.stream().map(String::valueOf).toArray(String[]::new)));
    JFreeChart chart = new JFreeChart(title, plot);
    chart.removeLegend();
    NumberAxis legendAxis = new NumberAxis("mean test SDR (dB)");
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 40, 4);
    chart.addSubtitle(legend);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 640, 520);
  }

  /** Blue for the lowest SDR through white to red for the highest. */
  private record BlueToRedScale(double getLowerBound, double getUpperBound) implements PaintScale {
    @Override
    public Paint getPaint(double value) {
      double t =
          Math.max(0, Math.min(1, (value - getLowerBound) / (getUpperBound - getLowerBound)));
      return t < 0.5
          ? blend(new Color(59, 76, 192), Color.WHITE, t * 2)
          : blend(Color.WHITE, new Color(180, 4, 38), (t - 0.5) * 2);
    }

    private static Color blend(Color a, Color b, double t) {
      return new Color(
          (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }
}
