package dev.declip.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks that an Ogg file ends with its end-of-stream page. vorbisspi stops quietly at the cut of
 * a truncated file, so without this check a cut file would read as a shorter, healthy one.
 */
final class OggEnding {

  private static final int TAIL_BYTES = 1 << 16;
  private static final int EOS_FLAG = 0x04;
  private static final int HEADER_TYPE_OFFSET = 5;

  private OggEnding() {}

  static void requireEndOfStream(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int length = (int) Math.min(size, TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate(length);
      channel.read(tail, size - length);
      byte[] b = tail.array();
      for (int i = length - 27; i >= 0; i--) {
        if (b[i] == 'O' && b[i + 1] == 'g' && b[i + 2] == 'g' && b[i + 3] == 'S' && b[i + 4] == 0) {
          if ((b[i + HEADER_TYPE_OFFSET] & EOS_FLAG) != 0) {
            return;
          }
          break;
        }
      }
    }
    throw new AudioFileException(
        AudioFiles.nameOf(file) + ": truncated (the Ogg stream has no end-of-stream page)");
  }
}
