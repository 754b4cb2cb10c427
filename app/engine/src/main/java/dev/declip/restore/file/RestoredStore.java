package dev.declip.restore.file;

import dev.declip.clipping.ClipLevels;
import dev.declip.levels.BlockPeaks;
import dev.declip.levels.TruePeak;
import dev.declip.samples.DiskSampleStore;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The restored recording: the original samples with restored blocks laid over them. The restored
 * blocks live in a sparse temporary float file (a {@link DiskSampleStore}), so neither the heap nor
 * the disk grows with more than the restored part of a file.
 *
 * <p>It keeps its levels as it is written: each block a restore writes is measured right away (its
 * sample and true peak, which samples changed, how far they rise above their clip level), and the
 * blocks no restore touched keep the peaks measured while decoding. So {@link #levels()} answers
 * without reading the audio again, and an export knows its gain before its first sample.
 *
 * <p>A later restore (another selection) goes into a new layer on top of this one, so cancelling it
 * leaves this one as it was. Closing the top layer closes the layers below.
 */
public final class RestoredStore implements SampleStore {

  static final int BLOCK = BlockPeaks.BLOCK_FRAMES;

  private final SampleStore original;
  private final BlockPeaks originalPeaks;
  private final List<Optional<ClipLevels>> clipLevels;
  private final RestoredStore below;
  private final DiskSampleStore layer;
  private final BitSet[] written;

  /** The measured blocks of every channel, or null where the block is as recorded. */
  private final BlockLevels[][] blockLevels;

  /** One block's levels after a restore. */
  private record BlockLevels(
      float samplePeak,
      float restoredSamplePeak,
      float restoredTruePeak,
      float otherTruePeak,
      float otherSamplePeak,
      long modified,
      double aboveClip) {

    static final BlockLevels NONE = new BlockLevels(0, 0, 0, 0, 0, 0, 0);

    /** A block no restore changed, as decoding measured it. */
    static BlockLevels asRecorded(float samplePeak, float truePeak) {
      return new BlockLevels(samplePeak, 0, 0, truePeak, samplePeak, 0, 0);
    }

    /** The levels of this block and {@code other} together. */
    BlockLevels and(BlockLevels other) {
      return new BlockLevels(
          Math.max(samplePeak, other.samplePeak),
          Math.max(restoredSamplePeak, other.restoredSamplePeak),
          Math.max(restoredTruePeak, other.restoredTruePeak),
          Math.max(otherTruePeak, other.otherTruePeak),
          Math.max(otherSamplePeak, other.otherSamplePeak),
          modified + other.modified,
          Math.max(aboveClip, other.aboveClip));
    }
  }

  /**
   * A first layer over the original recording.
   *
   * @param peaks the original's peaks per block of {@link #BLOCK} frames (measured while decoding)
   * @param clipLevels each channel's clip levels, to say how far restored samples rise above them
   */
  public RestoredStore(
      SampleStore original, BlockPeaks peaks, List<Optional<ClipLevels>> clipLevels)
      throws IOException {
    this(original, peaks, clipLevels, null);
  }

  /**
   * A first layer over audio whose peaks are not known yet: they are measured now, in a pass over
   * it (for audio not decoded by {@link DiskSampleStore#decode}, such as a test signal).
   */
  public static RestoredStore over(SampleStore original, List<Optional<ClipLevels>> clipLevels)
      throws IOException {
    return new RestoredStore(original, measure(original), clipLevels);
  }

  /** As {@link #over(SampleStore, List)}, with no clip levels known. */
  public static RestoredStore over(SampleStore original) throws IOException {
    return over(
        original, java.util.Collections.nCopies(original.channels(), Optional.<ClipLevels>empty()));
  }

  private RestoredStore(
      SampleStore original,
      BlockPeaks peaks,
      List<Optional<ClipLevels>> clipLevels,
      RestoredStore below)
      throws IOException {
    if (peaks.blockFrames() != BLOCK) {
      throw new IllegalArgumentException("peaks per " + peaks.blockFrames() + " frames");
    }
    this.original = original;
    this.originalPeaks = peaks;
    this.clipLevels = List.copyOf(clipLevels);
    this.below = below;
    this.layer =
        DiskSampleStore.create(original.channels(), original.frames(), original.sampleRate());
    this.written = new BitSet[original.channels()];
    this.blockLevels = new BlockLevels[original.channels()][];
    for (int c = 0; c < written.length; c++) {
      written[c] = new BitSet();
      blockLevels[c] =
          below == null
              ? new BlockLevels[peaks.blocks()]
              : Arrays.copyOf(below.blockLevels[c], below.blockLevels[c].length);
    }
  }

  /** The peaks per block of {@link #BLOCK} frames, in a pass over the audio. */
  static BlockPeaks measure(SampleStore audio) {
    BlockPeaks.Meter meter = new BlockPeaks.Meter(audio.channels(), BLOCK);
    float[][] block = new float[audio.channels()][BLOCK];
    for (long at = 0; at < audio.frames(); at += BLOCK) {
      int n = (int) Math.min(BLOCK, audio.frames() - at);
      for (int c = 0; c < audio.channels(); c++) {
        audio.read(c, at, block[c], 0, n);
      }
      meter.accept(block, n);
    }
    return meter.finish();
  }

  /** A new layer on top of this one, to restore more into without touching this one. */
  public RestoredStore layerAbove() throws IOException {
    return new RestoredStore(original, originalPeaks, clipLevels, this);
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
    // The true peak near a block's edge reaches into its neighbours.
    long first = Math.max(0, fromFrame - TruePeak.DELAY) / BLOCK;
    long last = Math.min(frames() - 1, fromFrame + length + TruePeak.DELAY) / BLOCK;
    for (long index = first; index <= last; index++) {
      measureBlock(channel, (int) index);
    }
  }

  private void copyBlockFromBelow(int channel, int index) {
    long start = (long) index * BLOCK;
    float[] block = new float[(int) Math.min(BLOCK, frames() - start)];
    readBelow(channel, start, block, 0, block.length);
    layer.write(channel, start, block, 0, block.length);
  }

  /** Measures one block as it now reads, against the original. */
  private void measureBlock(int channel, int index) {
    long start = (long) index * BLOCK;
    int n = (int) Math.min(BLOCK, frames() - start);
    int context = TruePeak.DELAY;
    float[] x = new float[n + 2 * context];
    long from = Math.max(0, start - context);
    long to = Math.min(frames(), start + n + context);
    read(channel, from, x, (int) (from - (start - context)), (int) (to - from));
    float[] recorded = new float[n];
    original.read(channel, start, recorded, 0, n);
    float[] truePeaks = new float[n];
    TruePeak.perSample(x, context, context + n, truePeaks);
    Optional<ClipLevels> levels = clipLevels.get(channel);
    float samplePeak = 0;
    float restoredSample = 0;
    float restoredTrue = 0;
    float otherTrue = 0;
    float otherSample = 0;
    long modified = 0;
    double aboveClip = 0;
    boolean[] changed = new boolean[n];
    for (int i = 0; i < n; i++) {
      changed[i] = Float.floatToRawIntBits(x[context + i]) != Float.floatToRawIntBits(recorded[i]);
    }
    boolean[] near = TruePeak.near(changed);
    for (int i = 0; i < n; i++) {
      float v = x[context + i];
      samplePeak = Math.max(samplePeak, Math.abs(v));
      if (changed[i]) {
        modified++;
        restoredSample = Math.max(restoredSample, Math.abs(v));
        if (levels.isPresent()) {
          aboveClip = Math.max(aboveClip, Math.abs(v) / levels.get().levelFor(v));
        }
      }
      if (near[i]) {
        restoredTrue = Math.max(restoredTrue, truePeaks[i]);
      } else {
        otherTrue = Math.max(otherTrue, truePeaks[i]);
      }
      if (!changed[i]) {
        otherSample = Math.max(otherSample, Math.abs(v));
      }
    }
    blockLevels[channel][index] =
        modified == 0 && !anyWritten(channel, index)
            ? null
            : new BlockLevels(
                samplePeak,
                restoredSample,
                restoredTrue,
                otherTrue,
                otherSample,
                modified,
                aboveClip);
  }

  private boolean anyWritten(int channel, int index) {
    for (RestoredStore r = this; r != null; r = r.below) {
      if (r.written[channel].get(index)) {
        return true;
      }
    }
    return false;
  }

  /** The levels of the restored recording, over every layer and every channel. */
  public synchronized RestoredLevels levels() {
    BlockLevels all = BlockLevels.NONE;
    for (int c = 0; c < channels(); c++) {
      for (int b = 0; b < blockLevels[c].length; b++) {
        BlockLevels l = blockLevels[c][b];
        all =
            all.and(
                l != null
                    ? l
                    : BlockLevels.asRecorded(
                        originalPeaks.samplePeak(c, b), originalPeaks.truePeak(c, b)));
      }
    }
    return new RestoredLevels(
        all.samplePeak(),
        Math.max(all.restoredTruePeak(), all.otherTruePeak()),
        all.restoredSamplePeak(),
        all.restoredTruePeak(),
        all.otherTruePeak(),
        all.otherSamplePeak(),
        all.modified(),
        all.aboveClip() > 0 ? TruePeak.db(all.aboveClip()) : 0);
  }

  /** Indices of the blocks of {@code channel} that this layer or one below restored. */
  synchronized List<Integer> blockIndices(int channel) {
    BitSet all = (BitSet) written[channel].clone();
    for (RestoredStore r = below; r != null; r = r.below) {
      all.or(r.written[channel]);
    }
    return all.stream().boxed().toList();
  }

  /** Whether any sample of {@code [from, to)} of any channel lies in a restored block. */
  synchronized boolean anyRestored(long from, long to) {
    int first = (int) (Math.max(0, from) / BLOCK);
    int last = (int) ((Math.min(frames(), to) - 1) / BLOCK);
    for (int c = 0; c < channels(); c++) {
      for (int b = first; b <= last; b++) {
        if (blockLevels[c][b] != null && blockLevels[c][b].modified() > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The recording as it was before any restore. */
  void readOriginal(int channel, long fromFrame, float[] dst, int offset, int length) {
    original.read(channel, fromFrame, dst, offset, length);
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
