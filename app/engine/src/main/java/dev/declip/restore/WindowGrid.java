package dev.declip.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Windows of {@code length} samples with a hop of half a window on a grid anchored at an absolute
 * origin (frame 0 of the file): window {@code k} starts at {@code k * hop - hop}. Every sample lies
 * in exactly two windows, so a block streamed from anywhere in the file sees the same windows.
 */
public record WindowGrid(int length) {

  public WindowGrid {
    if (length < 2 || length % 2 != 0) {
      throw new IllegalArgumentException("window length must be even and >= 2, got " + length);
    }
  }

  public int hop() {
    return length / 2;
  }

  /** Absolute start of window {@code k}. */
  public long start(long k) {
    return k * hop() - hop();
  }

  /**
   * The weight of a window at {@code offset} samples into its first half, a sin² (periodic Hann)
   * ramp; the previous window's weight there is exactly {@code 1 - fadeIn(offset)}.
   */
  public double fadeIn(int offset) {
    double s = Math.sin(Math.PI * offset / length);
    return s * s;
  }

  /**
   * The windows covering the samples that need restoring, in increasing order: both windows over
   * each such sample.
   *
   * @param needed which samples of the block need restoring
   * @param firstSample absolute position of {@code needed[0]}
   * @return absolute window starts
   */
  public List<Long> plan(boolean[] needed, long firstSample) {
    List<Long> starts = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (int i = 0; i < needed.length; i++) {
      if (!needed[i]) {
        continue;
      }
      long cell = Math.floorDiv(firstSample + i, hop());
      // Windows k = cell and k = cell + 1 cover this sample; starts increase with i.
      for (long k = cell; k <= cell + 1; k++) {
        long s = start(k);
        if (s > last) {
          starts.add(s);
          last = s;
        }
      }
    }
    return starts;
  }
}
