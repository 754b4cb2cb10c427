package dev.declip.desktop.waveform;

import dev.declip.clipping.ClipLevels;
import dev.declip.samples.FrameRange;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * One channel's JFreeChart: an XYPlot in seconds with the original and restored traces (min/max
 * envelopes, or samples when zoomed in far), clipped runs shaded, clip levels as dashed lines, the
 * selection and the playhead. Restored is drawn first so the original lies over it and only the
 * rebuilt peaks above the clip level show in the restored colour.
 */
final class ChannelChart {

  static final int ORIGINAL_ENVELOPE = 0;
  static final int ORIGINAL_SAMPLES = 1;
  static final int RESTORED_ENVELOPE = 2;
  static final int RESTORED_SAMPLES = 3;

  private final XYPlot plot = new XYPlot();
  private final NumberAxis time = new TimeAxis();
  private final NumberAxis amplitude = new NumberAxis();
  private final JFreeChart chart;
  private final ChartCanvas canvas;

  ChannelChart(double fontSize, boolean showTimeAxis) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(fontSize * 0.85));
    styleAxis(time, font);
    time.setVisible(showTimeAxis);
    styleAxis(amplitude, font);
    amplitude.setAutoRange(false);
    amplitude.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
    plot.setDomainAxis(time);
    plot.setRangeAxis(amplitude);
    plot.setBackgroundPaint(WaveformTheme.PLOT);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(WaveformTheme.GRID);
    plot.setRangeGridlinePaint(WaveformTheme.GRID);
    plot.setDomainGridlineStroke(WaveformTheme.THIN);
    plot.setRangeGridlineStroke(WaveformTheme.THIN);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(1, 0, 1, fontSize * 2.5)); // room for the last time label
    AxisSpace left = new AxisSpace();
    left.setLeft(fontSize * 3.2); // the same for every channel, so their time axes line up
    plot.setFixedRangeAxisSpace(left);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    addTrace(ORIGINAL_ENVELOPE, ORIGINAL_SAMPLES, WaveformTheme.ORIGINAL, "original");
    addTrace(RESTORED_ENVELOPE, RESTORED_SAMPLES, WaveformTheme.RESTORED, "restored");
    chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(WaveformTheme.BACKGROUND);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBorderVisible(false);
    canvas = new ChartCanvas(chart);
    canvas.setTooltipEnabled(false);
    canvas.setDomainZoomable(false);
    canvas.setRangeZoomable(false);
  }

  ChartCanvas canvas() {
    return canvas;
  }

  /** The plot's data area after the last draw, or null before the first. */
  Rectangle2D dataArea() {
    var info = canvas.getRenderingInfo();
    if (info == null || info.getPlotInfo() == null) {
      return null;
    }
    Rectangle2D area = info.getPlotInfo().getDataArea();
    return area.getWidth() > 0 ? area : null;
  }

  /** Where an amplitude is drawn, in canvas coordinates (after the first draw). */
  double yOf(double amplitudeValue) {
    return amplitude.valueToJava2D(amplitudeValue, dataArea(), plot.getRangeAxisEdge());
  }

  /** Where a time in seconds is drawn, in canvas coordinates (after the first draw). */
  double xOf(double seconds) {
    return time.valueToJava2D(seconds, dataArea(), plot.getDomainAxisEdge());
  }

  /** Batches changes into one redraw: {@code false} before changing, {@code true} after. */
  void setNotify(boolean notify) {
    chart.setNotify(notify);
  }

  void showSpan(FrameRange visible, int sampleRate, double peak) {
    time.setRange(visible.start() / (double) sampleRate, visible.end() / (double) sampleRate);
    amplitude.setRange(-peak, peak);
  }

  void setEnvelope(int datasetIndex, double[] startX, double[] endX, Envelope envelope) {
    ((EnvelopeDataset) plot.getDataset(datasetIndex)).set(startX, endX, envelope);
  }

  void setSamples(int datasetIndex, double[][] xy, boolean dots) {
    DefaultXYDataset dataset = (DefaultXYDataset) plot.getDataset(datasetIndex);
    dataset.addSeries("samples", xy);
    ((XYLineAndShapeRenderer) plot.getRenderer(datasetIndex)).setDefaultShapesVisible(dots);
  }

  void clear(int datasetIndex) {
    if (plot.getDataset(datasetIndex) instanceof EnvelopeDataset envelope) {
      envelope.set(new double[0], new double[0], new Envelope(new float[0], new float[0]));
    } else {
      ((DefaultXYDataset) plot.getDataset(datasetIndex)).removeSeries("samples");
    }
  }

  void setMarkers(
      List<double[]> clippedSeconds,
      Optional<ClipLevels> levels,
      double[] selectionSeconds,
      double playheadSeconds) {
    plot.clearDomainMarkers();
    plot.clearRangeMarkers();
    for (double[] run : clippedSeconds) {
      IntervalMarker shade = new IntervalMarker(run[0], run[1], WaveformTheme.CLIPPED);
      shade.setOutlinePaint(null);
      plot.addDomainMarker(shade, Layer.BACKGROUND);
    }
    ValueMarker zero = new ValueMarker(0, WaveformTheme.ZERO_LINE, WaveformTheme.THIN);
    plot.addRangeMarker(zero, Layer.BACKGROUND);
    levels.ifPresent(
        l -> {
          levelLine(l.positive());
          levelLine(-l.negative());
        });
    if (selectionSeconds != null) {
      IntervalMarker selection =
          new IntervalMarker(selectionSeconds[0], selectionSeconds[1], WaveformTheme.SELECTION);
      selection.setOutlinePaint(WaveformTheme.SELECTION_EDGE);
      selection.setOutlineStroke(WaveformTheme.THIN);
      plot.addDomainMarker(selection, Layer.FOREGROUND);
    }
    if (playheadSeconds >= 0) {
      plot.addDomainMarker(
          new ValueMarker(playheadSeconds, WaveformTheme.PLAYHEAD, WaveformTheme.TRACE),
          Layer.FOREGROUND);
    }
  }

  private void levelLine(float level) {
    if (Float.isFinite(level)) {
      plot.addRangeMarker(
          new ValueMarker(level, WaveformTheme.CLIP_LEVEL, WaveformTheme.LEVEL_STROKE),
          Layer.FOREGROUND);
    }
  }

  private void addTrace(int envelopeIndex, int samplesIndex, java.awt.Color colour, String key) {
    EnvelopeRenderer envelope = new EnvelopeRenderer();
    envelope.setDefaultPaint(colour);
    envelope.setSeriesPaint(0, colour);
    plot.setDataset(envelopeIndex, new EnvelopeDataset(key));
    plot.setRenderer(envelopeIndex, envelope);
    XYLineAndShapeRenderer samples = new XYLineAndShapeRenderer(true, false);
    samples.setSeriesPaint(0, colour);
    samples.setSeriesStroke(0, WaveformTheme.TRACE);
    samples.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    samples.setDrawSeriesLineAsPath(true);
    plot.setDataset(samplesIndex, new DefaultXYDataset());
    plot.setRenderer(samplesIndex, samples);
  }

  private static void styleAxis(NumberAxis axis, Font font) {
    axis.setTickLabelFont(font);
    axis.setTickLabelPaint(WaveformTheme.AXIS_TEXT);
    axis.setAxisLineVisible(false);
    axis.setTickMarkPaint(WaveformTheme.GRID);
    axis.setLabel(null);
  }
}
