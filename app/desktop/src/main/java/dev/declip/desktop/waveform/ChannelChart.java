package dev.declip.desktop.waveform;

import dev.declip.clipping.ClipLevels;
import dev.declip.samples.FrameRange;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
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

  /** Drawn last (the plot renders in reverse), so clipped samples lie over the traces. */
  static final int CLIPPED_SAMPLES = 0;

  static final int ORIGINAL_ENVELOPE = 1;
  static final int ORIGINAL_SAMPLES = 2;
  static final int RESTORED_ENVELOPE = 3;
  static final int RESTORED_SAMPLES = 4;

  private final XYPlot plot = new XYPlot();
  private final NumberAxis time = new TimeAxis();
  private final AmplitudeAxis amplitude;
  private final JFreeChart chart;
  private final ChartCanvas canvas;
  private final XYLineAndShapeRenderer clippedSamples = new XYLineAndShapeRenderer(false, true);
  private double top = 1;

  ChannelChart(double fontSize, boolean showTimeAxis) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(fontSize * 0.85));
    amplitude = new AmplitudeAxis(font.getSize2D() * 1.3);
    styleAxis(time, font);
    time.setVisible(showTimeAxis);
    styleAxis(amplitude, font);
    plot.setDomainAxis(time);
    plot.setRangeAxis(amplitude);
    plot.setBackgroundPaint(WaveformTheme.PLOT);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(WaveformTheme.GRID);
    plot.setRangeGridlinePaint(WaveformTheme.GRID);
    plot.setDomainGridlineStroke(WaveformTheme.THIN);
    plot.setRangeGridlineStroke(WaveformTheme.THIN);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(1, 0, 1, lastLabelRoom(font)));
    AxisSpace left = new AxisSpace();
    left.setLeft(fontSize * 3.2); // the same for every channel, so their time axes line up
    plot.setFixedRangeAxisSpace(left);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    clippedSamples.setSeriesPaint(0, WaveformTheme.CLIPPED_SAMPLE);
    clippedSamples.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    plot.setDataset(CLIPPED_SAMPLES, new DefaultXYDataset());
    plot.setRenderer(CLIPPED_SAMPLES, clippedSamples);
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

  /**
   * Half of the widest time label, and a little more: the last label is centred on a tick that may
   * lie on the plot's right edge, and must not be cut by the window.
   */
  private static double lastLabelRoom(Font font) {
    var context = new java.awt.font.FontRenderContext(null, true, true);
    return font.getStringBounds(TimeText.of(36_000 - 0.001), context).getWidth() * 0.6 + 4;
  }

  /**
   * @param top the amplitude at the top edge (the bottom edge is its negative)
   * @param dbfs label the level axis in dBFS instead of linear full scale
   */
  void showSpan(FrameRange visible, int sampleRate, double top, boolean dbfs) {
    time.setRange(visible.start() / (double) sampleRate, visible.end() / (double) sampleRate);
    amplitude.setRange(-top, top);
    amplitude.setDbfs(dbfs);
    this.top = top;
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
    var mask = plot.getRenderer(ORIGINAL_ENVELOPE);
    mask.removeAnnotations();
    for (double[] run : clippedSeconds) {
      IntervalMarker shade = new IntervalMarker(run[0], run[1], WaveformTheme.CLIPPED);
      shade.setOutlinePaint(null);
      plot.addDomainMarker(shade, Layer.BACKGROUND);
      // Beyond the clip levels, where the clipped input cannot go, the run stands out in a solid
      // colour at every zoom: the envelope of a clipped stretch never covers it.
      levels.ifPresent(
          l -> {
            if (Float.isFinite(l.positive()) && l.positive() < top) {
              mask.addAnnotation(box(run, l.positive(), top), Layer.BACKGROUND);
            }
            if (Float.isFinite(l.negative()) && l.negative() < top) {
              mask.addAnnotation(box(run, -top, -l.negative()), Layer.BACKGROUND);
            }
          });
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

  private static XYBoxAnnotation box(double[] seconds, double low, double high) {
    return new XYBoxAnnotation(seconds[0], low, seconds[1], high, null, null, WaveformTheme.MASK);
  }

  /** The clipped samples in view, drawn as dots over the traces; null clears them. */
  void setClippedSamples(double[][] xy) {
    DefaultXYDataset dataset = (DefaultXYDataset) plot.getDataset(CLIPPED_SAMPLES);
    dataset.removeSeries("clipped");
    if (xy != null) {
      dataset.addSeries("clipped", xy);
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

  private static void styleAxis(ValueAxis axis, Font font) {
    axis.setTickLabelFont(font);
    axis.setTickLabelPaint(WaveformTheme.AXIS_TEXT);
    axis.setAxisLineVisible(false);
    axis.setTickMarkPaint(WaveformTheme.GRID);
    axis.setLabel(null);
  }

  JFreeChart chart() {
    return chart;
  }

  /** The level axis's ticks as the last draw laid them out. */
  List<?> levelTicks() {
    java.awt.image.BufferedImage scratch =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = scratch.createGraphics();
    try {
      return amplitude.refreshTicks(
          g, new org.jfree.chart.axis.AxisState(), dataArea(), plot.getRangeAxisEdge());
    } finally {
      g.dispose();
    }
  }

  /** The amplitude at the top edge, as the last {@link #showSpan} set it. */
  double top() {
    return top;
  }
}
