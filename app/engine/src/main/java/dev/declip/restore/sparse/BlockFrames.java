package dev.declip.restore.sparse;

import dev.declip.clipping.ClipLevels;
import java.util.ArrayList;
import java.util.List;

/**
 * One block seen as SPADE frames: the signal in clip-level units, which frames of the file's grid
 * (starting at multiples of the hop from frame 0) hold a clipped sample, each frame's windowed
 * starting point and constraints, and the weighted overlap-add of the restored frames. The starting
 * point is the clipped signal itself (A-SPADE) or a seed consistent with it; frames without
 * clipping are the same in both. Outside the block the signal is taken as known silence.
 */
final class BlockFrames {

  private final float[] y;
  private final float[] start;
  private final long first;
  private final ClipLevels levels;
  private final SpadeWindow window;
  private final double unit;
  private final double[] correction;

  /**
   * @param start where the frames start from, consistent with {@code y} (equal on its unclipped
   *     samples, beyond the level on its clipped ones); {@code y} itself for plain A-SPADE
   */
  BlockFrames(float[] y, float[] start, long firstFrame, ClipLevels levels, SpadeWindow window) {
    if (start.length != y.length) {
      throw new IllegalArgumentException("start has " + start.length + " samples, y " + y.length);
    }
    this.y = y;
    this.start = start;
    this.first = firstFrame;
    this.levels = levels;
    this.window = window;
    this.unit = unit(levels);
    this.correction = new double[y.length];
  }

  /** One linear factor, so the spectrum is only scaled: the mean of the finite levels. */
  private static double unit(ClipLevels levels) {
    float p = levels.positive();
    float n = levels.negative();
    return Float.isInfinite(p) ? n : Float.isInfinite(n) ? p : (p + n) / 2.0;
  }

  /** Frames of the grid that overlap the block. */
  int frames() {
    int hop = window.hop();
    long from = Math.floorDiv(first - window.length(), hop) + 1;
    long to = Math.floorDiv(first + y.length - 1, hop);
    return (int) Math.max(0, to - from + 1);
  }

  /** Absolute starts of the frames that hold at least one clipped sample, increasing. */
  List<Long> framesWithClipping() {
    int hop = window.hop();
    int length = window.length();
    List<Long> starts = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (int i = 0; i < y.length; i++) {
      if (!levels.isClipped(y[i])) {
        continue;
      }
      long p = first + i;
      long from = Math.max(Math.floorDiv(p - length, hop) + 1, last + 1);
      for (long j = from; j <= Math.floorDiv(p, hop); j++) {
        starts.add(j * hop);
        last = j;
      }
    }
    return starts;
  }

  /** Restores the frame starting at absolute sample {@code frameStart}; returns it windowed. */
  FrameSolver.Solution solve(long frameStart, FrameSolver solver, SpadeSettings settings) {
    int length = window.length();
    double[] frame = new double[length];
    double[] lower = new double[length];
    double[] upper = new double[length];
    double high = levels.positive() / unit;
    double low = -levels.negative() / unit;
    for (int n = 0; n < length; n++) {
      int i = (int) (frameStart - first) + n;
      double w = window.analysis(n);
      frame[n] = windowed(i, n);
      if (i < 0 || i >= y.length || !levels.isClipped(y[i])) {
        lower[n] = frame[n];
        upper[n] = frame[n];
      } else if (y[i] >= 0) {
        lower[n] = w * high;
        upper[n] = Double.POSITIVE_INFINITY;
      } else {
        lower[n] = Double.NEGATIVE_INFINITY;
        upper[n] = w * low;
      }
    }
    return solver.solve(frame, lower, upper, settings);
  }

  private double windowed(int i, int n) {
    return i < 0 || i >= y.length ? 0 : window.analysis(n) * (start[i] / unit);
  }

  /** Overlap-adds a restored frame: its change from the windowed start, weighted and normalised. */
  void add(long frameStart, double[] restored) {
    int offset = (int) (frameStart - first);
    for (int n = Math.max(0, -offset); n < restored.length && offset + n < y.length; n++) {
      correction[offset + n] += window.synthesis(n) * (restored[n] - windowed(offset + n, n));
    }
  }

  /**
   * The block with every restored frame added in, in the input's units. Frames without clipping
   * (and unconverged seeded frames) contribute their start, so only the changes of restored frames
   * are added.
   */
  float[] result() {
    float[] x = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = (float) (start[i] + correction[i] * unit);
    }
    return x;
  }
}
