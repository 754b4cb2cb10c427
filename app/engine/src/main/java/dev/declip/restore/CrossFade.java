package dev.declip.restore;

/**
 * Joins window outputs of a {@link WindowGrid} into one signal. Windows must be added in increasing
 * order of start, and may be cut to the block's extent. Where two windows overlap the result is
 * {@code a + w (b - a)}, a lerp with the sin² weight {@code w} of the later window, so the weights
 * sum to exactly 1 (equal window outputs come out bit-identical). Samples not covered by every
 * window the grid puts over them keep the fallback.
 */
final class CrossFade {

  private final WindowGrid grid;
  private final long firstSample;
  private final float[] fallback;
  private final float[] joined;
  private final byte[] coverage;

  /**
   * @param fallback the values for samples that end up incompletely covered
   * @param firstSample absolute position of {@code fallback[0]}
   */
  CrossFade(WindowGrid grid, float[] fallback, long firstSample) {
    this.grid = grid;
    this.firstSample = firstSample;
    this.fallback = fallback;
    this.joined = new float[fallback.length];
    this.coverage = new byte[fallback.length];
  }

  /**
   * Adds a window's output; parts outside the block are dropped.
   *
   * @param start absolute start of the grid's window
   * @param from the offset into that window of {@code values[0]} (non-zero for a window cut to the
   *     block)
   */
  void add(long start, int from, float[] values) {
    if (from < 0 || from + values.length > grid.length()) {
      throw new IllegalArgumentException(
          "window part [" + from + ", " + (from + values.length) + ") outside " + grid.length());
    }
    for (int v = 0; v < values.length; v++) {
      int n = from + v;
      long i = start - firstSample + n;
      if (i < 0 || i >= joined.length) {
        continue;
      }
      int j = (int) i;
      if (n < grid.fade() && coverage[j] > 0) {
        float a = joined[j];
        joined[j] = (float) (a + grid.fadeIn(n) * (values[v] - a));
      } else {
        joined[j] = values[v];
      }
      coverage[j]++;
    }
  }

  /** Whether sample {@code i} of the block is covered by every window the grid puts over it. */
  boolean covered(int i) {
    return coverage[i] >= grid.windowsOver(firstSample + i);
  }

  float[] result() {
    float[] out = new float[joined.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = covered(i) ? joined[i] : fallback[i];
    }
    return out;
  }
}
