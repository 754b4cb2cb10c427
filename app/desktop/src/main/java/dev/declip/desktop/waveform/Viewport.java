package dev.declip.desktop.waveform;

import dev.declip.samples.FrameRange;

/**
 * The visible span of a recording and the maths of moving it: zoom around a frame, scroll, clamp to
 * the file, convert between a position across the view and a frame. Free of any toolkit.
 *
 * @param totalFrames frames in the recording (at least 1)
 * @param visible the frames shown, inside {@code [0, totalFrames)}
 */
public record Viewport(long totalFrames, FrameRange visible) {

  /** Fewer frames than this across a whole view would show nothing useful. */
  public static final long MIN_FRAMES = 16;

  public Viewport {
    if (totalFrames < 1 || visible.end() > totalFrames || visible.length() < 1) {
      throw new IllegalArgumentException(visible + " is not a view of " + totalFrames + " frames");
    }
  }

  public static Viewport fit(long totalFrames) {
    return new Viewport(totalFrames, new FrameRange(0, totalFrames));
  }

  /** The view of {@code length} frames starting near {@code start}, moved and shrunk to fit. */
  public Viewport withSpan(double start, double length) {
    long n = Math.max(Math.min(MIN_FRAMES, totalFrames), Math.min(totalFrames, Math.round(length)));
    long s = Math.max(0, Math.min(totalFrames - n, Math.round(start)));
    return new Viewport(totalFrames, new FrameRange(s, s + n));
  }

  /**
   * Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place across the
   * view, as audio editors do around the mouse pointer.
   */
  public Viewport zoomAround(double anchor, double factor) {
    double fraction = (anchor - visible.start()) / visible.length();
    double length = visible.length() * factor;
    Viewport zoomed = withSpan(anchor - fraction * length, length);
    return zoomed;
  }

  /** Moves by a fraction of the visible length (negative moves towards the start). */
  public Viewport scrollBy(double fractionOfView) {
    return withSpan(visible.start() + fractionOfView * visible.length(), visible.length());
  }

  /** Keeps the length, centres on {@code frame} as far as the file allows. */
  public Viewport centreOn(double frame) {
    return withSpan(frame - visible.length() / 2.0, visible.length());
  }

  /** Shows {@code range} with {@code margin} of its length (at least 8 frames) on each side. */
  public Viewport around(FrameRange range, double margin) {
    double pad = Math.max(8, range.length() * margin);
    return withSpan(range.start() - pad, range.length() + 2 * pad);
  }

  /**
   * The frame at {@code x} of a view {@code width} wide (x may lie outside, then it is clamped).
   */
  public double frameAt(double x, double width) {
    double frame = visible.start() + x / width * visible.length();
    return Math.max(0, Math.min(totalFrames, frame));
  }

  /** Where {@code frame} sits across a view {@code width} wide. */
  public double xOf(double frame, double width) {
    return (frame - visible.start()) / visible.length() * width;
  }

  public boolean isFit() {
    return visible.start() == 0 && visible.end() == totalFrames;
  }
}
