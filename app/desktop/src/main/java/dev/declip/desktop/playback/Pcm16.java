package dev.declip.desktop.playback;

/**
 * Float samples to signed 16-bit little-endian PCM for the output line. Restored peaks may go above
 * full scale; they are clamped here, where only the listener hears it, never in the data.
 */
final class Pcm16 {
  static final int BYTES = 2;

  private Pcm16() {}

  /** Encodes {@code count} samples of {@code in} into {@code out}, two bytes each. */
  static void encode(float[] in, int count, byte[] out) {
    for (int i = 0; i < count; i++) {
      int v = toShort(in[i]);
      out[2 * i] = (byte) v;
      out[2 * i + 1] = (byte) (v >> 8);
    }
  }

  /** The engine's convention (sample x 2^15, rounded, clamped); NaN plays as silence. */
  static int toShort(float sample) {
    long v = Math.round(sample * 32768.0);
    return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
  }
}
