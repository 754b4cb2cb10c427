package dev.declip.audio;

/**
 * How one sample is laid out in bytes: its container size, whether it is IEEE float, signed or
 * unsigned integer, and its byte order. Converts interleaved bytes to planar floats and back.
 *
 * <p>Integers map to floats by dividing by 2^(bits-1) (8-bit unsigned after removing the 128
 * offset), so that writing back at the same depth with round-then-clamp is bit-exact.
 */
record PcmLayout(int bytesPerSample, boolean floatingPoint, boolean signed, boolean bigEndian) {

  PcmLayout {
    boolean ok =
        floatingPoint
            ? bytesPerSample == 4 || bytesPerSample == 8
            : bytesPerSample >= 1 && bytesPerSample <= 4;
    if (!ok) {
      throw new IllegalArgumentException("unsupported sample size " + bytesPerSample * 8);
    }
  }

  int bits() {
    return bytesPerSample * 8;
  }

  /** Decodes {@code frames} interleaved frames from {@code src} into {@code dst[c][offset..]}. */
  void toPlanar(byte[] src, int frames, float[][] dst, int offset) {
    int channels = dst.length;
    int pos = 0;
    for (int i = 0; i < frames; i++) {
      for (int c = 0; c < channels; c++) {
        dst[c][offset + i] = decode(src, pos);
        pos += bytesPerSample;
      }
    }
  }

  /**
   * Encodes {@code frames} planar frames from {@code src} into interleaved bytes in {@code dst}.
   */
  void fromPlanar(float[][] src, int frames, byte[] dst) {
    int channels = src.length;
    int pos = 0;
    for (int i = 0; i < frames; i++) {
      for (int c = 0; c < channels; c++) {
        encode(src[c][i], dst, pos);
        pos += bytesPerSample;
      }
    }
  }

  private float decode(byte[] b, int pos) {
    long raw = readBits(b, pos);
    if (floatingPoint) {
      return bytesPerSample == 4
          ? Float.intBitsToFloat((int) raw)
          : (float) Double.longBitsToDouble(raw);
    }
    int bits = bits();
    long value = signed ? (raw << (64 - bits)) >> (64 - bits) : raw - (1L << (bits - 1));
    return (float) (value / (double) (1L << (bits - 1)));
  }

  private void encode(float sample, byte[] b, int pos) {
    long raw;
    if (floatingPoint) {
      raw =
          bytesPerSample == 4
              ? Float.floatToRawIntBits(sample) & 0xFFFFFFFFL
              : Double.doubleToRawLongBits(sample);
    } else {
      long value = SampleQuantizer.quantize(sample, bits());
      raw = signed ? value : value + (1L << (bits() - 1));
    }
    writeBits(raw, b, pos);
  }

  private long readBits(byte[] b, int pos) {
    long raw = 0;
    for (int k = 0; k < bytesPerSample; k++) {
      int shift = bigEndian ? (bytesPerSample - 1 - k) * 8 : k * 8;
      raw |= (b[pos + k] & 0xFFL) << shift;
    }
    return raw;
  }

  private void writeBits(long raw, byte[] b, int pos) {
    for (int k = 0; k < bytesPerSample; k++) {
      int shift = bigEndian ? (bytesPerSample - 1 - k) * 8 : k * 8;
      b[pos + k] = (byte) (raw >>> shift);
    }
  }
}
