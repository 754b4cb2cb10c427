package dev.declip.audio;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Parses a RIFF/WAVE header up to the start of the data chunk. JDK 17's javax.sound reads 32- and
 * 64-bit float and WAVE_FORMAT_EXTENSIBLE as well; this parser exists for what the checks and the
 * one-line messages need and javax.sound does not report: the data chunk's offset and declared size
 * (a file shorter than its header promises is reported as truncated), an unknown size (0xFFFFFFFF)
 * from a stream, and which field of a malformed header is wrong.
 */
final class WavHeaderReader {

  static final int FORMAT_PCM = 1;
  static final int FORMAT_FLOAT = 3;
  static final int FORMAT_EXTENSIBLE = 0xFFFE;
  static final int MAX_CHANNELS = 256;
  static final int MIN_RATE = 1000;
  static final int MAX_RATE = 768_000;
  private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
  private static final int MAX_FMT_BYTES = 1024;

  private final String name;

  WavHeaderReader(String name) {
    this.name = name;
  }

  /** Reads the header and leaves {@code in} positioned at the first sample. */
  WavHeader read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      if (!"RIFF".equals(fourCc(data))) {
        throw fail("not a RIFF file");
      }
      readUInt32(data);
      if (!"WAVE".equals(fourCc(data))) {
        throw fail("not a WAVE file");
      }
      ByteBuffer fmt = null;
      long offset = 12;
      while (true) {
        String id = fourCc(data);
        long size = readUInt32(data);
        offset += 8;
        if ("fmt ".equals(id)) {
          fmt = readFmt(data, size);
        } else if ("data".equals(id)) {
          if (fmt == null) {
            throw fail("data chunk comes before the format chunk");
          }
          return parseFmt(fmt, size == UNKNOWN_SIZE ? -1 : size, offset);
        } else {
          skip(data, size + (size & 1));
        }
        offset += size + (size & 1);
      }
    } catch (EOFException e) {
      throw fail("header is incomplete (no data chunk)");
    }
  }

  private ByteBuffer readFmt(DataInputStream data, long size) throws IOException {
    if (size < 16 || size > MAX_FMT_BYTES) {
      throw fail("format chunk has an impossible size of " + size + " bytes");
    }
    byte[] bytes = new byte[(int) size];
    data.readFully(bytes);
    if ((size & 1) == 1) {
      skip(data, 1);
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private WavHeader parseFmt(ByteBuffer fmt, long dataBytes, long dataOffset)
      throws AudioFileException {
    int tag = fmt.getShort(0) & 0xFFFF;
    int channels = fmt.getShort(2) & 0xFFFF;
    long rate = fmt.getInt(4) & 0xFFFFFFFFL;
    int blockAlign = fmt.getShort(12) & 0xFFFF;
    int bits = fmt.getShort(14) & 0xFFFF;
    int validBits = bits;
    if (tag == FORMAT_EXTENSIBLE) {
      if (fmt.capacity() < 40) {
        throw fail("extensible format chunk is too short");
      }
      int declaredValid = fmt.getShort(18) & 0xFFFF;
      validBits = declaredValid == 0 ? bits : declaredValid;
      tag = fmt.getShort(24) & 0xFFFF;
    }
    if (channels == 0 || channels > MAX_CHANNELS) {
      throw fail("header says " + channels + " channels");
    }
    if (rate < MIN_RATE || rate > MAX_RATE) {
      throw fail("header says a sample rate of " + rate + " Hz");
    }
    boolean isFloat = tag == FORMAT_FLOAT;
    if (!isFloat && tag != FORMAT_PCM) {
      throw fail(String.format("WAV encoding 0x%04X is not supported (only PCM and float)", tag));
    }
    boolean sizeOk = isFloat ? bits == 32 || bits == 64 : bits % 8 == 0 && bits >= 8 && bits <= 32;
    if (!sizeOk || validBits > bits) {
      throw fail("unsupported sample size of " + bits + " bits");
    }
    if (blockAlign != channels * bits / 8) {
      throw fail(
          "header is inconsistent (block size "
              + blockAlign
              + " bytes for "
              + channels
              + " channels of "
              + bits
              + " bits)");
    }
    // 8-bit WAV is unsigned by definition; wider integers are signed.
    PcmLayout layout = new PcmLayout(bits / 8, isFloat, bits > 8, false);
    return new WavHeader(layout, channels, (int) rate, validBits, dataBytes, dataOffset);
  }

  private static String fourCc(DataInputStream data) throws IOException {
    byte[] id = new byte[4];
    data.readFully(id);
    return new String(id, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static long readUInt32(DataInputStream data) throws IOException {
    return Integer.reverseBytes(data.readInt()) & 0xFFFFFFFFL;
  }

  private static void skip(DataInputStream data, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = data.skip(left);
      if (skipped <= 0) {
        if (data.read() < 0) {
          throw new EOFException();
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private AudioFileException fail(String what) {
    return new AudioFileException(name + ": " + what);
  }
}
