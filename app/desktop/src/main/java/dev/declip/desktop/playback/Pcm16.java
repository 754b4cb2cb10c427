package dev.declip.desktop.playback;

import dev.declip.audio.SampleQuantizer;

/**
 * Float samples to signed 16-bit little-endian PCM for the output line, with the writers' own
 * conversion ({@link SampleQuantizer}). Restored peaks may go above full scale; they are clamped
 * here, where only the listener hears it, never in the data. NaN plays as silence.
 */
final class Pcm16 {
  static final int BYTES = 2;
  private static final int BITS = 16;

  private Pcm16() {}

  /** Encodes {@code count} samples of {@code in} into {@code out}, two bytes each. */
  static void encode(float[] in, int count, byte[] out) {
    for (int i = 0; i < count; i++) {
      long v = SampleQuantizer.quantize(in[i], BITS);
      out[2 * i] = (byte) v;
      out[2 * i + 1] = (byte) (v >> 8);
    }
  }
}
