package dev.declip.desktop.restore;

import dev.declip.desktop.samples.SampleStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The restored recording: the original samples with restored blocks laid over them. Only blocks
 * that held clipping are kept, so memory grows with the clipped part of a file, not its length.
 * Restoring again (e.g. another selection) replaces the frames it covers.
 */
public final class RestoredStore implements SampleStore {

  static final int BLOCK = 1 << 16;

  private final SampleStore original;
  private final Map<Long, float[]>[] blocks;

  @SuppressWarnings("unchecked")
  public RestoredStore(SampleStore original) {
    this.original = original;
    this.blocks = new Map[original.channels()];
    for (int c = 0; c < blocks.length; c++) {
      blocks[c] = new HashMap<>();
    }
  }

  /** A copy holding the same restored blocks, to restore more into without touching this one. */
  public synchronized RestoredStore copy() {
    RestoredStore copy = new RestoredStore(original);
    for (int c = 0; c < blocks.length; c++) {
      for (Map.Entry<Long, float[]> e : blocks[c].entrySet()) {
        copy.blocks[c].put(e.getKey(), e.getValue().clone());
      }
    }
    return copy;
  }

  /** Lays {@code samples[0..length)} over the frames from {@code fromFrame} of {@code channel}. */
  public synchronized void write(
      int channel, long fromFrame, float[] samples, int offset, int length) {
    int done = 0;
    while (done < length) {
      long frame = fromFrame + done;
      long index = frame / BLOCK;
      int within = (int) (frame % BLOCK);
      int n = Math.min(length - done, BLOCK - within);
      float[] block = blocks[channel].computeIfAbsent(index, i -> originalBlock(channel, i));
      System.arraycopy(samples, offset + done, block, within, n);
      done += n;
    }
  }

  /** Indices of the blocks of {@code channel} that hold restored samples. */
  synchronized List<Long> blockIndices(int channel) {
    return List.copyOf(blocks[channel].keySet());
  }

  synchronized float[] block(int channel, long index) {
    return blocks[channel].get(index);
  }

  private float[] originalBlock(int channel, long index) {
    long start = index * BLOCK;
    float[] block = new float[BLOCK];
    original.read(channel, start, block, 0, (int) Math.min(BLOCK, original.frames() - start));
    return block;
  }

  @Override
  public synchronized void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    int done = 0;
    while (done < length) {
      long frame = fromFrame + done;
      long index = frame / BLOCK;
      int within = (int) (frame % BLOCK);
      int n = Math.min(length - done, BLOCK - within);
      float[] block = blocks[channel].get(index);
      if (block == null) {
        original.read(channel, frame, dst, offset + done, n);
      } else {
        System.arraycopy(block, within, dst, offset + done, n);
      }
      done += n;
    }
  }

  @Override
  public int channels() {
    return original.channels();
  }

  @Override
  public long frames() {
    return original.frames();
  }

  @Override
  public int sampleRate() {
    return original.sampleRate();
  }

  /** Drops the restored blocks; the original belongs to the window and stays open. */
  @Override
  public synchronized void close() {
    for (Map<Long, float[]> channel : blocks) {
      channel.clear();
    }
  }
}
