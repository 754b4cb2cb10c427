package dev.declip.audio;

/**
 * Float to integer sample conversion shared by the writers. Public so that code counting what an
 * integer format clips (the desktop's export) uses the writers' own convention.
 */
public final class SampleQuantizer {

  private SampleQuantizer() {}

  /**
   * Rounds {@code sample * 2^(bits-1)} to the nearest integer and clamps it to the signed range of
   * {@code bits}. Callers own the gain; the clamp is only the last guard. NaN becomes 0.
   */
  public static long quantize(float sample, int bits) {
    long max = (1L << (bits - 1)) - 1;
    return Math.max(-max - 1, Math.min(max, rounded(sample, bits)));
  }

  /** Whether {@link #quantize} has to clamp this sample, i.e. the format clips it. */
  public static boolean clamps(float sample, int bits) {
    long max = (1L << (bits - 1)) - 1;
    long value = rounded(sample, bits);
    return value > max || value < -max - 1;
  }

  private static long rounded(float sample, int bits) {
    double scale = 1L << (bits - 1);
    return Math.round(sample * scale);
  }
}
