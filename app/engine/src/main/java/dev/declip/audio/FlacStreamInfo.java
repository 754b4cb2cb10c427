package dev.declip.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the total sample count from a FLAC file's STREAMINFO block, which jflac's javax.sound
 * reader does not pass on. Knowing it lets a stream that stops early be reported as truncated.
 */
final class FlacStreamInfo {

  /** "fLaC", the 4-byte block header, then STREAMINFO up to the sample count's first byte. */
  private static final int TOTAL_SAMPLES_OFFSET = 4 + 4 + 13;

  private FlacStreamInfo() {}

  /** Frames the file promises, or -1 when STREAMINFO leaves it unknown (0). */
  static long totalFrames(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(TOTAL_SAMPLES_OFFSET + 5);
    }
    boolean streamInfoFirst = head.length == TOTAL_SAMPLES_OFFSET + 5 && (head[4] & 0x7F) == 0;
    if (!streamInfoFirst) {
      throw new AudioFileException(AudioFiles.nameOf(file) + ": FLAC header is incomplete");
    }
    long total = head[TOTAL_SAMPLES_OFFSET] & 0x0FL;
    for (int i = 1; i < 5; i++) {
      total = (total << 8) | (head[TOTAL_SAMPLES_OFFSET + i] & 0xFFL);
    }
    return total == 0 ? -1 : total;
  }
}
