package dev.declip.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the last page of an Ogg file: its granule position is the stream's length in frames, and
 * its end-of-stream flag tells a complete file from one cut short (a decoder just stops at the cut,
 * so without this check a cut file would read as a shorter, healthy one).
 */
final class OggEnding {

  private static final int TAIL_BYTES = 1 << 16;
  private static final int EOS_FLAG = 0x04;
  private static final int HEADER_TYPE_OFFSET = 5;

  private OggEnding() {}

  /** The final granule position, which for Vorbis is the number of frames in the stream. */
  static long totalFrames(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int length = (int) Math.min(size, TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate(length);
      channel.read(tail, size - length);
      byte[] b = tail.array();
      for (int i = length - 27; i >= 0; i--) {
        if (b[i] == 'O' && b[i + 1] == 'g' && b[i + 2] == 'g' && b[i + 3] == 'S' && b[i + 4] == 0) {
          if ((b[i + HEADER_TYPE_OFFSET] & EOS_FLAG) != 0) {
            return ByteBuffer.wrap(b, i + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
          }
          break;
        }
      }
    }
    throw new AudioFileException(
        AudioFiles.nameOf(file) + ": truncated (the Ogg stream has no end-of-stream page)");
  }
}
