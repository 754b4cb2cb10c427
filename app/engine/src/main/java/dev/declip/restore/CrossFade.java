package dev.declip.restore;

/**
 * Joins window outputs of a {@link WindowGrid} into one signal. Windows must be added in increasing
 * order of start. A sample covered by two added windows is {@code a + w (b - a)}, a lerp with the
 * sin² weight {@code w} of the later window, so the weights sum to exactly 1 (equal window outputs
 * come out bit-identical). Samples covered by fewer than two added windows keep the fallback.
 */
final class CrossFade {

  private final WindowGrid grid;
  private final long firstSample;
  private final float[] fallback;
  private final float[] joined;
  private final byte[] coverage;

  /**
   * @param fallback the values for samples that end up covered by fewer than two windows
   * @param firstSample absolute position of {@code fallback[0]}
   */
  CrossFade(WindowGrid grid, float[] fallback, long firstSample) {
    this.grid = grid;
    this.firstSample = firstSample;
    this.fallback = fallback;
    this.joined = new float[fallback.length];
    this.coverage = new byte[fallback.length];
  }

  /** Adds a window's output; parts outside the block are dropped. */
  void add(long start, float[] window) {
    if (window.length != grid.length()) {
      throw new IllegalArgumentException(
          "window has " + window.length + " samples, grid " + grid.length());
    }
    int hop = grid.hop();
    for (int n = 0; n < window.length; n++) {
      long i = start - firstSample + n;
      if (i < 0 || i >= joined.length) {
        continue;
      }
      int j = (int) i;
      if (n < hop && coverage[j] > 0) {
        float a = joined[j];
        joined[j] = (float) (a + grid.fadeIn(n) * (window[n] - a));
      } else {
        joined[j] = window[n];
      }
      coverage[j]++;
    }
  }

  /** Whether sample {@code i} of the block is covered by two added windows. */
  boolean covered(int i) {
    return coverage[i] >= 2;
  }

  float[] result() {
    float[] out = new float[joined.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = covered(i) ? joined[i] : fallback[i];
    }
    return out;
  }
}
