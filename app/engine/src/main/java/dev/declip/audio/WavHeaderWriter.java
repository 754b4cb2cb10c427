package dev.declip.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the RIFF/WAVE header for the files we write. WAVE_FORMAT_EXTENSIBLE (with a channel mask)
 * is used for more than two channels and for integers wider than 16 bits, as Microsoft's
 * multichannel WAV spec asks; mono and stereo float use the plain WAVE_FORMAT_IEEE_FLOAT that every
 * reader knows. Non-PCM formats carry a fact chunk.
 */
final class WavHeaderWriter {

  private static final byte[] GUID_TAIL = {
    0x00,
    0x00,
    0x00,
    0x00,
    0x10,
    0x00,
    (byte) 0x80,
    0x00,
    0x00,
    (byte) 0xAA,
    0x00,
    0x38,
    (byte) 0x9B,
    0x71
  };

  /**
   * Speaker positions for the usual layouts (mono, stereo, 2.1 as L R C, quad, 5.0, 5.1, 6.1, 7.1).
   */
  private static final int[] CHANNEL_MASKS = {0, 0x4, 0x3, 0x7, 0x33, 0x37, 0x3F, 0x13F, 0x63F};

  private final SampleEncoding encoding;
  private final int sampleRate;
  private final int channels;

  WavHeaderWriter(SampleEncoding encoding, int sampleRate, int channels) {
    this.encoding = encoding;
    this.sampleRate = sampleRate;
    this.channels = channels;
  }

  boolean extensible() {
    return channels > 2 || (!encoding.floatingPoint() && encoding.bits() > 16);
  }

  private boolean hasFact() {
    return encoding.floatingPoint();
  }

  int length() {
    int fmt = extensible() ? 40 : encoding.floatingPoint() ? 18 : 16;
    return 12 + 8 + fmt + (hasFact() ? 12 : 0) + 8;
  }

  /** The header for {@code dataBytes} of samples ({@code frames} frames). */
  ByteBuffer header(long dataBytes, long frames) {
    ByteBuffer b = ByteBuffer.allocate(length()).order(ByteOrder.LITTLE_ENDIAN);
    long pad = dataBytes & 1;
    int blockAlign = channels * encoding.bits() / 8;
    int tag = encoding.floatingPoint() ? WavHeaderReader.FORMAT_FLOAT : WavHeaderReader.FORMAT_PCM;
    b.put(ascii("RIFF")).putInt((int) (length() - 8 + dataBytes + pad)).put(ascii("WAVE"));
    int fmtSize = extensible() ? 40 : encoding.floatingPoint() ? 18 : 16;
    b.put(ascii("fmt ")).putInt(fmtSize);
    b.putShort((short) (extensible() ? WavHeaderReader.FORMAT_EXTENSIBLE : tag));
    b.putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign);
    b.putShort((short) blockAlign).putShort((short) encoding.bits());
    if (extensible()) {
      int mask = channels < CHANNEL_MASKS.length ? CHANNEL_MASKS[channels] : 0;
      b.putShort((short) 22).putShort((short) encoding.bits()).putInt(mask);
      b.putShort((short) tag).put(GUID_TAIL);
    } else if (fmtSize == 18) {
      b.putShort((short) 0);
    }
    if (hasFact()) {
      b.put(ascii("fact")).putInt(4).putInt((int) frames);
    }
    b.put(ascii("data")).putInt((int) dataBytes);
    return b.flip();
  }

  private static byte[] ascii(String id) {
    return id.getBytes(StandardCharsets.US_ASCII);
  }
}
