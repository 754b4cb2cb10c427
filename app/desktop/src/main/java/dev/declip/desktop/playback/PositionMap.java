package dev.declip.desktop.playback;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which source frame each output frame came from. Output is contiguous but the source is not: a
 * loop wraps back, a new play starts elsewhere. Each contiguous run is kept as a segment until the
 * device has played past it, so the frame the listener hears can be named exactly.
 */
final class PositionMap {
  private record Segment(long outputStart, long sourceStart, long length) {
    long outputEnd() {
      return outputStart + length;
    }
  }

  private final Deque<Segment> segments = new ArrayDeque<>();
  private long fallback;

  synchronized void reset(long sourceFrame) {
    segments.clear();
    fallback = sourceFrame;
  }

  synchronized void add(long outputStart, long sourceStart, long length) {
    Segment last = segments.peekLast();
    if (last != null
        && last.outputEnd() == outputStart
        && last.sourceStart() + last.length() == sourceStart) {
      segments.pollLast();
      segments.addLast(new Segment(last.outputStart(), last.sourceStart(), last.length() + length));
    } else {
      segments.addLast(new Segment(outputStart, sourceStart, length));
    }
  }

  /**
   * The source frame that went out as {@code outputFrame}. Queries must not go backwards: segments
   * wholly before the queried frame are dropped. Output frames past the last segment (the silence
   * after the end) map to the frame after the last one rendered.
   */
  synchronized long sourceFrameAt(long outputFrame) {
    while (!segments.isEmpty() && segments.peekFirst().outputEnd() <= outputFrame) {
      Segment gone = segments.pollFirst();
      fallback = gone.sourceStart() + gone.length();
    }
    Segment first = segments.peekFirst();
    if (first == null) {
      return fallback;
    }
    if (outputFrame < first.outputStart()) {
      return first.sourceStart();
    }
    return first.sourceStart() + (outputFrame - first.outputStart());
  }
}
