package dev.declip.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The gapless playback facts that LAME writes into the Xing/Info frame at the start of an MP3: how
 * many MPEG frames follow, and how many samples of encoder delay and padding they carry.
 *
 * @param mpegFrames audio frames after the Info frame
 * @param samplesPerFrame 1152 for MPEG-1 layer III, 576 for MPEG-2/2.5
 * @param encoderDelay samples the encoder put before the audio
 * @param padding samples the encoder appended after it
 */
record LameTag(long mpegFrames, int samplesPerFrame, int encoderDelay, int padding) {

  private static final int XING_FRAMES = 0x1;
  private static final int XING_BYTES = 0x2;
  private static final int XING_TOC = 0x4;
  private static final int XING_QUALITY = 0x8;
  private static final int LAME_DELAY_OFFSET = 21;

  /** Samples of real audio: what a gapless decoder outputs. */
  long audioFrames() {
    return mpegFrames * samplesPerFrame - encoderDelay - padding;
  }

  static Optional<LameTag> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(10);
      long skip = 0;
      if (head.length == 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
        boolean footer = (head[5] & 0x10) != 0;
        skip = syncSafe(head, 6) + (footer ? 10 : 0);
        if (in.skip(skip) < skip) {
          return Optional.empty(); // the ID3 tag claims more than the file holds
        }
        head = new byte[0];
      }
      byte[] rest = in.readNBytes(4096);
      byte[] frame = new byte[head.length + rest.length];
      System.arraycopy(head, 0, frame, 0, head.length);
      System.arraycopy(rest, 0, frame, head.length, rest.length);
      return parseFrame(frame);
    }
  }

  static Optional<LameTag> parseFrame(byte[] f) {
    if (f.length < 4 || (f[0] & 0xFF) != 0xFF || (f[1] & 0xE0) != 0xE0) {
      return Optional.empty();
    }
    boolean mpeg1 = ((f[1] >> 3) & 0x3) == 3;
    boolean mono = ((f[3] >> 6) & 0x3) == 3;
    boolean crc = (f[1] & 0x1) == 0;
    int sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
    int pos = 4 + (crc ? 2 : 0) + sideInfo;
    if (f.length < pos + 8) {
      return Optional.empty();
    }
    String id = new String(f, pos, 4, StandardCharsets.ISO_8859_1);
    if (!id.equals("Xing") && !id.equals("Info")) {
      return Optional.empty();
    }
    int flags = int32(f, pos + 4);
    pos += 8;
    if ((flags & XING_FRAMES) == 0 || f.length < pos + 4) {
      return Optional.empty();
    }
    long frames = int32(f, pos) & 0xFFFFFFFFL;
    pos += 4;
    pos += (flags & XING_BYTES) != 0 ? 4 : 0;
    pos += (flags & XING_TOC) != 0 ? 100 : 0;
    pos += (flags & XING_QUALITY) != 0 ? 4 : 0;
    if (f.length < pos + LAME_DELAY_OFFSET + 3) {
      return Optional.empty();
    }
    String encoder = new String(f, pos, 4, StandardCharsets.ISO_8859_1);
    if (!encoder.equals("LAME") && !encoder.equals("Lavf") && !encoder.equals("Lavc")) {
      return Optional.empty();
    }
    int d = pos + LAME_DELAY_OFFSET;
    int delay = ((f[d] & 0xFF) << 4) | ((f[d + 1] & 0xF0) >> 4);
    int padding = ((f[d + 1] & 0x0F) << 8) | (f[d + 2] & 0xFF);
    return Optional.of(new LameTag(frames, mpeg1 ? 1152 : 576, delay, padding));
  }

  private static int int32(byte[] b, int p) {
    return ((b[p] & 0xFF) << 24)
        | ((b[p + 1] & 0xFF) << 16)
        | ((b[p + 2] & 0xFF) << 8)
        | (b[p + 3] & 0xFF);
  }

  private static long syncSafe(byte[] b, int p) {
    return ((b[p] & 0x7FL) << 21)
        | ((b[p + 1] & 0x7FL) << 14)
        | ((b[p + 2] & 0x7FL) << 7)
        | (b[p + 3] & 0x7FL);
  }
}
