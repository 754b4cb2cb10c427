package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills one channel's chart for a view: envelopes from the pyramids at one column per pixel, or,
 * when a column would hold one frame or less, the samples themselves (dots once they are far enough
 * apart to tell), plus the markers.
 */
final class TraceDrawer {

  /** Pixels between samples from which each sample gets a dot. */
  private static final double DOTS_FROM_PIXELS = 6;

  void draw(
      ChannelChart chart,
      int channel,
      Recording recording,
      RunIndex runs,
      Viewport viewport,
      int columns,
      TraceMode mode,
      FrameRange selection,
      long playhead,
      Scale scale) {
    SampleStore original = recording.original();
    int rate = original.sampleRate();
    FrameRange visible = viewport.visible();
    double framesPerColumn = visible.length() / (double) columns;
    boolean samples = framesPerColumn <= 1;
    boolean restoredShown = recording.restored() != null && mode != TraceMode.ORIGINAL;
    boolean originalShown = mode != TraceMode.RESTORED || recording.restored() == null;
    chart.setNotify(false);
    chart.showSpan(visible, rate, recording.peak() / scale.zoom(), scale.dbfs());
    trace(
        chart,
        ChannelChart.ORIGINAL_ENVELOPE,
        originalShown,
        original,
        recording.pyramid(),
        channel,
        visible,
        columns,
        samples);
    trace(
        chart,
        ChannelChart.RESTORED_ENVELOPE,
        restoredShown,
        recording.restored(),
        recording.restoredPyramid(),
        channel,
        visible,
        columns,
        samples);
    List<double[]> shades = new ArrayList<>();
    for (double[] frames : runs.shading(channel, visible, framesPerColumn)) {
      double pad = samples ? 0.5 : 0; // cover the dots at both ends of a run
      shades.add(new double[] {(frames[0] - pad) / rate, (frames[1] - pad) / rate});
    }
    chart.setClippedSamples(
        samples && originalShown ? clippedSamples(original, channel, visible, shades, rate) : null);
    double[] selected =
        selection == null || selection.length() == 0
            ? null
            : new double[] {selection.start() / (double) rate, selection.end() / (double) rate};
    chart.setMarkers(
        shades, recording.levels(channel), selected, playhead < 0 ? -1 : playhead / (double) rate);
    chart.setNotify(true);
  }

  /** The original's samples inside the shaded runs (at sample zoom a shade is the run itself). */
  private static double[][] clippedSamples(
      SampleStore original, int channel, FrameRange visible, List<double[]> shades, int rate) {
    List<double[]> points = new ArrayList<>();
    float[] one = new float[1];
    for (double[] shade : shades) {
      long from = Math.max(visible.start(), (long) Math.ceil(shade[0] * rate));
      long to = Math.min(visible.end(), (long) Math.ceil(shade[1] * rate));
      for (long f = from; f < to; f++) {
        original.read(channel, f, one, 0, 1);
        points.add(new double[] {f / (double) rate, one[0]});
      }
    }
    double[][] xy = new double[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      xy[0][i] = points.get(i)[0];
      xy[1][i] = points.get(i)[1];
    }
    return xy;
  }

  private static void trace(
      ChannelChart chart,
      int envelopeIndex,
      boolean shown,
      SampleStore store,
      MinMaxPyramid pyramid,
      int channel,
      FrameRange visible,
      int columns,
      boolean samples) {
    int samplesIndex = envelopeIndex + 1;
    chart.clear(envelopeIndex);
    chart.clear(samplesIndex);
    if (!shown) {
      return;
    }
    int rate = store.sampleRate();
    if (samples) {
      // one frame beyond each edge, so the line runs to the border of the plot
      long from = Math.max(0, visible.start() - 1);
      long to = Math.min(store.frames(), visible.end() + 1);
      float[] values = new float[(int) (to - from)];
      store.read(channel, from, values, 0, values.length);
      double[][] xy = new double[2][values.length];
      for (int i = 0; i < values.length; i++) {
        xy[0][i] = (from + i) / (double) rate;
        xy[1][i] = values[i];
      }
      boolean dots = columns / (double) visible.length() >= DOTS_FROM_PIXELS;
      chart.setSamples(samplesIndex, xy, dots);
    } else {
      double[] startX = new double[columns];
      double[] endX = new double[columns];
      for (int i = 0; i < columns; i++) {
        startX[i] = Columns.start(visible, columns, i) / (double) rate;
        endX[i] = Columns.end(visible, columns, i) / (double) rate;
      }
      chart.setEnvelope(envelopeIndex, startX, endX, pyramid.query(channel, visible, columns));
    }
  }
}
