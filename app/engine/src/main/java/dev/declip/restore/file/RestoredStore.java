package dev.declip.restore.file;

import dev.declip.samples.DiskSampleStore;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The restored recording: the original samples with restored blocks laid over them. The restored
 * blocks live in a sparse temporary float file (a {@link DiskSampleStore}), so neither the heap nor
 * the disk grows with more than the restored part of a file.
 *
 * <p>A later restore (another selection) goes into a new layer on top of this one, so cancelling it
 * leaves this one as it was. Closing the top layer closes the layers below.
 */
public final class RestoredStore implements SampleStore {

  static final int BLOCK = 1 << 16;

  private final SampleStore original;
  private final RestoredStore below;
  private final DiskSampleStore layer;
  private final BitSet[] written;

  /** A first layer over the original recording. */
  public RestoredStore(SampleStore original) throws IOException {
    this(original, null);
  }

  private RestoredStore(SampleStore original, RestoredStore below) throws IOException {
    this.original = original;
    this.below = below;
    this.layer =
        DiskSampleStore.create(original.channels(), original.frames(), original.sampleRate());
    this.written = new BitSet[original.channels()];
    for (int c = 0; c < written.length; c++) {
      written[c] = new BitSet();
    }
  }

  /** A new layer on top of this one, to restore more into without touching this one. */
  public RestoredStore layerAbove() throws IOException {
    return new RestoredStore(original, this);
  }

  /** Lays {@code samples[offset..offset+length)} over the frames from {@code fromFrame}. */
  public synchronized void write(
      int channel, long fromFrame, float[] samples, int offset, int length) {
    int done = 0;
    while (done < length) {
      long frame = fromFrame + done;
      int index = (int) (frame / BLOCK);
      int n = Math.min(length - done, BLOCK - (int) (frame % BLOCK));
      if (!written[channel].get(index)) {
        copyBlockFromBelow(channel, index); // a partial write keeps the rest of its block
        written[channel].set(index);
      }
      layer.write(channel, frame, samples, offset + done, n);
      done += n;
    }
  }

  private void copyBlockFromBelow(int channel, int index) {
    long start = (long) index * BLOCK;
    float[] block = new float[(int) Math.min(BLOCK, frames() - start)];
    readBelow(channel, start, block, 0, block.length);
    layer.write(channel, start, block, 0, block.length);
  }

  private void readBelow(int channel, long fromFrame, float[] dst, int offset, int length) {
    if (below != null) {
      below.read(channel, fromFrame, dst, offset, length);
    } else {
      original.read(channel, fromFrame, dst, offset, length);
    }
  }

  @Override
  public synchronized void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    int done = 0;
    while (done < length) {
      long frame = fromFrame + done;
      int index = (int) (frame / BLOCK);
      int n = Math.min(length - done, BLOCK - (int) (frame % BLOCK));
      if (written[channel].get(index)) {
        layer.read(channel, frame, dst, offset + done, n);
      } else {
        readBelow(channel, frame, dst, offset + done, n);
      }
      done += n;
    }
  }

  /** Indices of the blocks of {@code channel} that this layer or one below restored. */
  synchronized List<Integer> blockIndices(int channel) {
    BitSet all = (BitSet) written[channel].clone();
    for (RestoredStore r = below; r != null; r = r.below) {
      all.or(r.written[channel]);
    }
    return IntStream.range(0, all.length()).filter(all::get).boxed().toList();
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

  /** Drops this layer only (a cancelled restore), keeping the ones below. */
  public void closeLayer() {
    layer.close();
  }

  /** Deletes this layer's file and those below; the original belongs to the window. */
  @Override
  public synchronized void close() {
    layer.close();
    if (below != null) {
      below.close();
    }
  }
}
