package dev.declip.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a FLAC file's metadata blocks before jflac reads them: each block must fit in the file,
 * and so must the lengths inside the blocks jflac allocates by (the Vorbis comments, pictures).
 * jflac trusts them, so a comment count of two billion made it allocate until the heap ran out.
 */
final class FlacMetadata {

  private static final int VORBIS_COMMENT = 4;
  private static final int PICTURE = 6;

  private FlacMetadata() {}

  static void check(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      long position = 4; // "fLaC"
      boolean last = false;
      while (!last) {
        ByteBuffer header = read(channel, position, 4, file);
        last = (header.get(0) & 0x80) != 0;
        int type = header.get(0) & 0x7F;
        int length = header.getInt(0) & 0xFFFFFF;
        position += 4;
        if (position + length > size) {
          throw damaged(file);
        }
        if (type == VORBIS_COMMENT || type == PICTURE) {
          ByteBuffer block = read(channel, position, length, file);
          boolean fits = type == VORBIS_COMMENT ? commentsFit(block) : pictureFits(block);
          if (!fits) {
            throw damaged(file);
          }
        }
        position += length;
      }
    }
  }

  /** Vendor string, comment count, then each comment: lengths little-endian. */
  private static boolean commentsFit(ByteBuffer block) {
    block.order(ByteOrder.LITTLE_ENDIAN);
    if (!skipString(block)) {
      return false;
    }
    if (block.remaining() < 4) {
      return false;
    }
    long count = block.getInt() & 0xFFFFFFFFL;
    for (long i = 0; i < count; i++) {
      if (!skipString(block)) {
        return false;
      }
    }
    return true;
  }

  /** Type, MIME type, description, four sizes, then the data: lengths big-endian. */
  private static boolean pictureFits(ByteBuffer block) {
    if (block.remaining() < 4) {
      return false;
    }
    block.getInt();
    if (!skipString(block) || !skipString(block) || block.remaining() < 16) {
      return false;
    }
    block.position(block.position() + 16);
    return skipString(block);
  }

  /** Skips a 32-bit length and that many bytes; false when they are not there. */
  private static boolean skipString(ByteBuffer block) {
    if (block.remaining() < 4) {
      return false;
    }
    long length = block.getInt() & 0xFFFFFFFFL;
    if (length > block.remaining()) {
      return false;
    }
    block.position(block.position() + (int) length);
    return true;
  }

  private static ByteBuffer read(SeekableByteChannel channel, long position, int n, Path file)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(n);
    channel.position(position);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw damaged(file);
      }
    }
    return buffer.flip();
  }

  private static AudioFileException damaged(Path file) {
    return new AudioFileException(
        AudioFiles.nameOf(file)
            + ": damaged FLAC header (a metadata block claims more than the file holds)");
  }
}
