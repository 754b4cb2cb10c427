package dev.declip.restore.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Restored audio parked on disk as interleaved 32-bit floats, between the restore pass and the
 * encode pass. The encoder needs the restored peak before it writes the first sample (for the
 * automatic gain), and an hour of stereo audio must not sit in the heap, so it waits here. The file
 * is deleted on close.
 */
final class FloatSpool implements AutoCloseable {
  private static final int BUFFER_BYTES = 1 << 20;

  private final Path file;
  private final int channels;
  private final FileChannel channel;
  private final ByteBuffer buffer =
      ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private long frames;

  FloatSpool(Path directory, int channels) throws IOException {
    this.file = Files.createTempFile(directory, ".declip-", ".spool");
    this.channels = channels;
    this.channel =
        FileChannel.open(
            file,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
  }

  long frames() {
    return frames;
  }

  /** Appends {@code count} frames starting at {@code offset} of each channel's array. */
  void append(float[][] planar, int offset, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      if (buffer.remaining() < channels * Float.BYTES) {
        drain();
      }
      for (int c = 0; c < channels; c++) {
        buffer.putFloat(planar[c][offset + i]);
      }
    }
    frames += count;
  }

  private void drain() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  /** Finishes writing; afterwards {@link #read} returns the frames from the start. */
  void rewind() throws IOException {
    drain();
    channel.position(0);
    buffer.limit(0);
  }

  /** Reads up to {@code count} frames into planar arrays; returns frames read, or -1 at the end. */
  int read(float[][] planar, int count) throws IOException {
    int n = 0;
    while (n < count) {
      if (buffer.remaining() < channels * Float.BYTES) {
        buffer.compact();
        int got = channel.read(buffer);
        buffer.flip();
        if (got < 0 && buffer.remaining() < channels * Float.BYTES) {
          break;
        }
        continue;
      }
      for (int c = 0; c < channels; c++) {
        planar[c][n] = buffer.getFloat();
      }
      n++;
    }
    return n == 0 && count > 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
    Files.deleteIfExists(file);
  }
}
