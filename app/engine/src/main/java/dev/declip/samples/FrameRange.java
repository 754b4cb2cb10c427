package dev.declip.samples;

/** Frames {@code [start, end)} of a recording: a selection, a visible span, a loop. */
public record FrameRange(long start, long end) {

  public FrameRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a frame range: [" + start + ", " + end + ")");
    }
  }

  public long length() {
    return end - start;
  }

  public boolean contains(long frame) {
    return frame >= start && frame < end;
  }
}
