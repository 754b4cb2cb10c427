package dev.declip.audio;

/** Float to integer sample conversion shared by the writers. */
final class SampleQuantizer {

  private SampleQuantizer() {}

  /**
   * Rounds {@code sample * 2^(bits-1)} to the nearest integer and clamps it to the signed range of
   * {@code bits}. Callers own the gain; the clamp is only the last guard. NaN becomes 0.
   */
  static long quantize(float sample, int bits) {
    double scale = 1L << (bits - 1);
    long max = (1L << (bits - 1)) - 1;
    long value = Math.round(sample * scale);
    return Math.max(-max - 1, Math.min(max, value));
  }
}
