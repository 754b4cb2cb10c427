package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;

/**
 * Which frames each pixel column covers: {@code columns} equal slices of a range, each at least one
 * frame wide (so that when zoomed in past one frame per column, neighbours show the same sample
 * instead of nothing). Columns of {@link #SNAP_FROM} frames or more have their edges rounded to the
 * pyramid's finest blocks: a shift of at most 1/128 of a pixel, which lets a zoomed-out view be
 * drawn from the summaries alone, without touching an hour of samples on disk.
 */
final class Columns {

  static final long SNAP_FROM = 64L * MinMaxPyramid.FINEST_BLOCK;

  private Columns() {}

  static long start(FrameRange range, int columns, int column) {
    if (range.length() / columns >= SNAP_FROM) {
      return snappedEdge(range, columns, column);
    }
    return range.start() + Math.min(range.length() - 1, column * range.length() / columns);
  }

  static long end(FrameRange range, int columns, int column) {
    if (range.length() / columns >= SNAP_FROM) {
      return snappedEdge(range, columns, column + 1);
    }
    long next = range.start() + (column + 1) * range.length() / columns;
    return Math.max(next, start(range, columns, column) + 1);
  }

  private static long snappedEdge(FrameRange range, int columns, int edge) {
    long exact = range.start() + edge * range.length() / columns;
    long block = MinMaxPyramid.FINEST_BLOCK;
    return Math.min(range.end(), (exact + block / 2) / block * block);
  }
}
