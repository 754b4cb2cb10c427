package dev.declip.desktop.waveform;

import org.jfree.data.xy.AbstractIntervalXYDataset;

/**
 * One trace's min/max per pixel column as a JFreeChart dataset backed by arrays, replaced whole on
 * each redraw (no per-point objects).
 */
final class EnvelopeDataset extends AbstractIntervalXYDataset {

  private static final long serialVersionUID = 1L;

  private final String key;
  private double[] startX = new double[0];
  private double[] endX = new double[0];
  private float[] min = new float[0];
  private float[] max = new float[0];

  EnvelopeDataset(String key) {
    this.key = key;
  }

  /** Column i spans seconds {@code [startX[i], endX[i])}. */
  void set(double[] startX, double[] endX, Envelope envelope) {
    this.startX = startX;
    this.endX = endX;
    this.min = envelope.min();
    this.max = envelope.max();
    fireDatasetChanged();
  }

  @Override
  public int getSeriesCount() {
    return 1;
  }

  @Override
  public Comparable<String> getSeriesKey(int series) {
    return key;
  }

  @Override
  public int getItemCount(int series) {
    return min.length;
  }

  @Override
  public Number getX(int series, int item) {
    return (startX[item] + endX[item]) / 2;
  }

  @Override
  public Number getY(int series, int item) {
    return (min[item] + max[item]) / 2;
  }

  @Override
  public Number getStartX(int series, int item) {
    return startX[item];
  }

  @Override
  public Number getEndX(int series, int item) {
    return endX[item];
  }

  @Override
  public Number getStartY(int series, int item) {
    return min[item];
  }

  @Override
  public Number getEndY(int series, int item) {
    return max[item];
  }

  @Override
  public double getStartXValue(int series, int item) {
    return startX[item];
  }

  @Override
  public double getEndXValue(int series, int item) {
    return endX[item];
  }

  @Override
  public double getStartYValue(int series, int item) {
    return min[item];
  }

  @Override
  public double getEndYValue(int series, int item) {
    return max[item];
  }
}
