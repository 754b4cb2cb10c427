package dev.declip.desktop.waveform;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;

/**
 * Per channel min/max summaries of a recording at block sizes 256, 1024, 4096, ... frames, so that
 * a view of any span is drawn from about one summary per pixel column instead of millions of
 * samples. An hour of stereo 48 kHz audio takes about 14 MB.
 */
public final class MinMaxPyramid {

  static final int FINEST_BLOCK = 256;
  static final int FAN_OUT = 4;

  private final SampleStore samples;
  private final float[][][] min; // [channel][level][block]
  private final float[][][] max;

  MinMaxPyramid(SampleStore samples, float[][][] min, float[][][] max) {
    this.samples = samples;
    this.min = min;
    this.max = max;
  }

  /** A builder fed block by block, e.g. while a file is decoded. */
  public static PyramidBuilder builder(int channels) {
    return new PyramidBuilder(channels);
  }

  /** Builds the pyramid of a store in one pass over its samples. */
  public static MinMaxPyramid of(
      SampleStore samples, ProgressListener progress, Cancellation cancellation) {
    PyramidBuilder builder = builder(samples.channels());
    int blockFrames = 1 << 16;
    float[][] block = new float[samples.channels()][blockFrames];
    for (long from = 0; from < samples.frames(); from += blockFrames) {
      cancellation.throwIfCancelled();
      int n = (int) Math.min(blockFrames, samples.frames() - from);
      for (int c = 0; c < samples.channels(); c++) {
        samples.read(c, from, block[c], 0, n);
      }
      builder.accept(block, n);
      progress.progress("summarising", from + n, samples.frames());
    }
    return builder.build(samples);
  }

  /**
   * This pyramid over {@code changed}, audio that differs from the one summarised here only inside
   * {@code range} (a restore of a selection): only the blocks over the range are measured again, so
   * restoring a second of an hour-long file reads that second, not the hour.
   */
  public MinMaxPyramid updated(SampleStore changed, FrameRange range, Cancellation cancellation) {
    if (changed.frames() != frames() || changed.channels() != channels()) {
      throw new IllegalArgumentException("the changed audio is not the audio summarised here");
    }
    float[][][] newMin = new float[min.length][][];
    float[][][] newMax = new float[max.length][][];
    for (int c = 0; c < min.length; c++) {
      newMin[c] = new float[min[c].length][];
      newMax[c] = new float[max[c].length][];
      for (int l = 0; l < min[c].length; l++) {
        newMin[c][l] = min[c][l].clone();
        newMax[c][l] = max[c][l].clone();
      }
    }
    if (range.length() > 0) {
      float[] block = new float[FINEST_BLOCK];
      for (int c = 0; c < newMin.length; c++) {
        int from = (int) (range.start() / FINEST_BLOCK);
        int to = (int) Math.min(newMin[c][0].length, ceil(range.end(), FINEST_BLOCK));
        for (int b = from; b < to; b++) {
          cancellation.throwIfCancelled();
          long start = (long) b * FINEST_BLOCK;
          int n = (int) Math.min(FINEST_BLOCK, changed.frames() - start);
          changed.read(c, start, block, 0, n);
          float lo = Float.POSITIVE_INFINITY;
          float hi = Float.NEGATIVE_INFINITY;
          for (int i = 0; i < n; i++) {
            lo = Math.min(lo, block[i]);
            hi = Math.max(hi, block[i]);
          }
          newMin[c][0][b] = lo;
          newMax[c][0][b] = hi;
        }
        for (int l = 1; l < newMin[c].length; l++) {
          from /= FAN_OUT;
          to = (int) ceil(to, FAN_OUT);
          summarise(newMin[c][l - 1], newMin[c][l], from, to, true);
          summarise(newMax[c][l - 1], newMax[c][l], from, to, false);
        }
      }
    }
    return new MinMaxPyramid(changed, newMin, newMax);
  }

  private static long ceil(long value, int unit) {
    return (value + unit - 1) / unit;
  }

  /**
   * Blocks {@code [from, to)} of a coarser level from the level below, as the builder makes them.
   */
  static void summarise(float[] fine, float[] coarse, int from, int to, boolean lowest) {
    for (int k = from; k < Math.min(to, coarse.length); k++) {
      float v = fine[k * FAN_OUT];
      int end = Math.min(fine.length, (k + 1) * FAN_OUT);
      for (int j = k * FAN_OUT + 1; j < end; j++) {
        v = lowest ? Math.min(v, fine[j]) : Math.max(v, fine[j]);
      }
      coarse[k] = v;
    }
  }

  public int channels() {
    return min.length;
  }

  public long frames() {
    return samples.frames();
  }

  /** The heap the summaries take, in bytes. */
  public long bytes() {
    long floats = 0;
    for (float[][] channel : min) {
      for (float[] level : channel) {
        floats += 2L * level.length;
      }
    }
    return floats * Float.BYTES;
  }

  /**
   * The exact min/max of each of {@code columns} slices of {@code range} (see {@link Columns}).
   * Whole summary blocks come from the pyramid; raw samples are read only for a column narrower
   * than the finest block, for the partial blocks at the edges of columns narrower than {@link
   * Columns#SNAP_FROM} (whose edges are not rounded to blocks), and for the file's last partial
   * block.
   */
  public Envelope query(int channel, FrameRange range, int columns) {
    if (range.end() > frames() || range.length() == 0 || columns < 1) {
      throw new IllegalArgumentException(
          range + " with " + columns + " columns in " + frames() + " frames");
    }
    float[] lows = new float[columns];
    float[] highs = new float[columns];
    float[] raw = new float[FINEST_BLOCK];
    for (int i = 0; i < columns; i++) {
      long a = Columns.start(range, columns, i);
      long b = Columns.end(range, columns, i);
      float[] lowHigh = {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
      if (b - a < FINEST_BLOCK) {
        scanRaw(channel, a, b, raw, lowHigh);
      } else {
        long alignedA = ceilDiv(a, FINEST_BLOCK);
        long alignedB = b / FINEST_BLOCK;
        scanRaw(channel, a, alignedA * FINEST_BLOCK, raw, lowHigh);
        scanRaw(channel, alignedB * FINEST_BLOCK, b, raw, lowHigh);
        scanBlocks(channel, alignedA, alignedB, lowHigh);
      }
      lows[i] = lowHigh[0];
      highs[i] = lowHigh[1];
    }
    return new Envelope(lows, highs);
  }

  /** Covers finest blocks [lo, hi) with as few summaries as possible, climbing the levels. */
  private void scanBlocks(int channel, long lo, long hi, float[] lowHigh) {
    float[][] lows = min[channel];
    float[][] highs = max[channel];
    int level = 0;
    while (lo < hi) {
      if (level == lows.length - 1 || hi - lo < 2 * FAN_OUT) {
        for (long k = lo; k < hi; k++) {
          take(lows[level], highs[level], (int) k, lowHigh);
        }
        return;
      }
      while (lo % FAN_OUT != 0) {
        take(lows[level], highs[level], (int) lo++, lowHigh);
      }
      while (hi % FAN_OUT != 0) {
        take(lows[level], highs[level], (int) --hi, lowHigh);
      }
      lo /= FAN_OUT;
      hi /= FAN_OUT;
      level++;
    }
  }

  private static void take(float[] lows, float[] highs, int k, float[] lowHigh) {
    lowHigh[0] = Math.min(lowHigh[0], lows[k]);
    lowHigh[1] = Math.max(lowHigh[1], highs[k]);
  }

  private void scanRaw(int channel, long from, long to, float[] buffer, float[] lowHigh) {
    for (long f = from; f < to; f += buffer.length) {
      int n = (int) Math.min(buffer.length, to - f);
      samples.read(channel, f, buffer, 0, n);
      for (int k = 0; k < n; k++) {
        lowHigh[0] = Math.min(lowHigh[0], buffer[k]);
        lowHigh[1] = Math.max(lowHigh[1], buffer[k]);
      }
    }
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
