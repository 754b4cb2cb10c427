package dev.declip.samples;

import dev.declip.audio.AudioSource;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Appends decoded audio to a file in {@link DiskSampleStore}'s block-planar layout. */
final class BlockWriter {

  private final Path file;
  private final int channels;

  BlockWriter(Path file, int channels) {
    this.file = file;
    this.channels = channels;
  }

  /**
   * @return the frames written
   */
  long writeAll(
      AudioSource source,
      SampleBlockConsumer alsoTo,
      ProgressListener progress,
      Cancellation cancellation,
      long expectedFrames)
      throws IOException {
    int blockFrames = DiskSampleStore.BLOCK_FRAMES;
    ByteBuffer bytes =
        ByteBuffer.allocateDirect((int) DiskSampleStore.blockBytes(channels))
            .order(ByteOrder.nativeOrder());
    FloatBuffer floats = bytes.asFloatBuffer();
    float[][] block = new float[channels][blockFrames];
    float[][] read = new float[channels][blockFrames];
    long written = 0;
    int filled = 0;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
      int n;
      while ((n = source.read(read, blockFrames)) >= 0) {
        cancellation.throwIfCancelled();
        int used = 0;
        while (used < n) { // a decoder's reads need not line up with our blocks
          int take = Math.min(n - used, blockFrames - filled);
          for (int c = 0; c < channels; c++) {
            System.arraycopy(read[c], used, block[c], filled, take);
          }
          used += take;
          filled += take;
          if (filled == blockFrames) {
            flush(out, bytes, floats, block, blockFrames, alsoTo);
            written += filled;
            filled = 0;
            progress.progress("decoding", written, expectedFrames);
          }
        }
      }
      if (filled > 0) {
        flush(out, bytes, floats, block, filled, alsoTo);
        written += filled;
      }
    }
    progress.progress("decoding", written, written);
    return written;
  }

  private void flush(
      FileChannel out,
      ByteBuffer bytes,
      FloatBuffer floats,
      float[][] block,
      int frames,
      SampleBlockConsumer alsoTo)
      throws IOException {
    alsoTo.accept(block, frames);
    floats.clear();
    for (int c = 0; c < channels; c++) {
      if (frames < block[c].length) {
        Arrays.fill(block[c], frames, block[c].length, 0f); // pad the last block with silence
      }
      floats.put(block[c]);
    }
    bytes.clear();
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }
}
