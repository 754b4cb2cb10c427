package dev.declip.restore.file;

import dev.declip.audio.SampleEncoding;
import dev.declip.audio.SampleQuantizer;

/**
 * Counts samples an integer encoding cannot hold, by the engine's own quantizer, so the count is
 * exactly the samples its writers clamp.
 */
final class ClipCounter {
  private final boolean counts;
  private final int bits;
  private long total;

  ClipCounter(SampleEncoding encoding) {
    this.counts = !encoding.canExceedFullScale();
    this.bits = encoding.bits();
  }

  void count(float[] samples, int n) {
    if (!counts) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (SampleQuantizer.clamps(samples[i], bits)) {
        total++;
      }
    }
  }

  long total() {
    return total;
  }
}
