package dev.declip.desktop.waveform;

import dev.declip.desktop.samples.FrameRange;

/**
 * Which frames each pixel column covers: {@code columns} equal slices of a range, each at least one
 * frame wide (so that when zoomed in past one frame per column, neighbours show the same sample
 * instead of nothing).
 */
final class Columns {

  private Columns() {}

  static long start(FrameRange range, int columns, int column) {
    return range.start() + Math.min(range.length() - 1, column * range.length() / columns);
  }

  static long end(FrameRange range, int columns, int column) {
    long next = range.start() + (column + 1) * range.length() / columns;
    return Math.max(next, start(range, columns, column) + 1);
  }
}
