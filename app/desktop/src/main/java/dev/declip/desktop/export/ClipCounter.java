package dev.declip.desktop.export;

import dev.declip.audio.SampleEncoding;

/**
 * Counts samples an integer encoding cannot hold, by the engine's quantizer convention (sample x
 * 2^(bits-1), rounded, clamped to the signed range), so the count is exactly the samples clamped.
 */
final class ClipCounter {
  private final boolean counts;
  private final double scale;
  private final long max;
  private long total;

  ClipCounter(SampleEncoding encoding) {
    this.counts = !encoding.canExceedFullScale();
    this.scale = Math.pow(2, encoding.bits() - 1);
    this.max = (1L << (encoding.bits() - 1)) - 1;
  }

  void count(float[] samples, int n) {
    if (!counts) {
      return;
    }
    for (int i = 0; i < n; i++) {
      long q = Math.round(samples[i] * scale);
      if (q > max || q < -max - 1) {
        total++;
      }
    }
  }

  long total() {
    return total;
  }
}
