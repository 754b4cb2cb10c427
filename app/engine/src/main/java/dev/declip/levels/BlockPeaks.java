package dev.declip.levels;

import java.util.Arrays;

/**
 * The sample peak and the true peak of each block of a recording, per channel: what an export needs
 * to know of the parts a restore did not touch, measured as the file is decoded rather than in a
 * pass of its own.
 */
public final class BlockPeaks {
  /** The block a decode measures by, the restored store's block. */
  public static final int BLOCK_FRAMES = 1 << 16;

  private final int blockFrames;
  private final float[][] sample;
  private final float[][] truePeak;

  private BlockPeaks(int blockFrames, float[][] sample, float[][] truePeak) {
    this.blockFrames = blockFrames;
    this.sample = sample;
    this.truePeak = truePeak;
  }

  public int blockFrames() {
    return blockFrames;
  }

  public int blocks() {
    return sample[0].length;
  }

  public float samplePeak(int channel, int block) {
    return sample[channel][block];
  }

  public float truePeak(int channel, int block) {
    return truePeak[channel][block];
  }

  /** The largest sample magnitude of every block of every channel. */
  public float samplePeak() {
    float peak = 0;
    for (float[] channel : sample) {
      for (float p : channel) {
        peak = Math.max(peak, p);
      }
    }
    return peak;
  }

  /**
   * Measures blocks of {@code blockFrames} as samples stream past in chunks of any length: {@link
   * #accept} each chunk in order, then {@link #finish}.
   */
  public static final class Meter {
    private final int blockFrames;
    private final int channels;
    private final float[][] history; // the last TAPS - 1 samples of each channel, then the chunk
    private float[][] sample = new float[0][];
    private float[][] truePeak = new float[0][];
    private long frames;

    public Meter(int channels, int blockFrames) {
      this.channels = channels;
      this.blockFrames = blockFrames;
      this.history = new float[channels][TruePeak.TAPS - 1];
    }

    /** The next {@code n} frames, {@code chunk[channel][0..n)}. */
    public void accept(float[][] chunk, int n) {
      grow(frames + n + TruePeak.DELAY);
      for (int c = 0; c < channels; c++) {
        float[] x = new float[TruePeak.TAPS - 1 + n];
        System.arraycopy(history[c], 0, x, 0, TruePeak.TAPS - 1);
        System.arraycopy(chunk[c], 0, x, TruePeak.TAPS - 1, n);
        measure(c, x, n);
        System.arraycopy(x, n, history[c], 0, TruePeak.TAPS - 1);
      }
      frames += n;
    }

    /** x holds the history, then n new samples starting at frame {@code frames}. */
    private void measure(int c, float[] x, int n) {
      int offset = TruePeak.TAPS - 1;
      for (int i = 0; i < n; i++) {
        long frame = frames + i;
        int block = (int) (frame / blockFrames);
        sample[c][block] = Math.max(sample[c][block], Math.abs(x[offset + i]));
        // This oversampled value lies between frames - 6 and - 5: it counts for that block.
        long at = Math.max(0, frame - TruePeak.DELAY);
        int tpBlock = (int) (at / blockFrames);
        truePeak[c][tpBlock] = Math.max(truePeak[c][tpBlock], TruePeak.oversampled(x, offset + i));
      }
    }

    /** The peaks measured; the filter's tail after the last sample counts for the last block. */
    public BlockPeaks finish() {
      grow(1); // an empty recording still has one (silent) block
      if (frames > 0) {
        float[][] silence = new float[channels][TruePeak.DELAY];
        long end = frames;
        accept(silence, TruePeak.DELAY);
        frames = end;
      }
      int blocks = (int) Math.max(1, (frames + blockFrames - 1) / blockFrames);
      float[][] s = new float[channels][];
      float[][] t = new float[channels][];
      for (int c = 0; c < channels; c++) {
        s[c] = Arrays.copyOf(sample[c], blocks);
        t[c] = Arrays.copyOf(truePeak[c], blocks);
        for (int b = 0; b < blocks; b++) {
          t[c][b] = Math.max(t[c][b], s[c][b]);
        }
      }
      return new BlockPeaks(blockFrames, s, t);
    }

    private void grow(long frameCount) {
      int blocks = (int) ((frameCount + blockFrames - 1) / blockFrames);
      if (sample.length == 0) {
        sample = new float[channels][];
        truePeak = new float[channels][];
        for (int c = 0; c < channels; c++) {
          sample[c] = new float[0];
          truePeak[c] = new float[0];
        }
      }
      if (sample[0].length < blocks) {
        int size = Math.max(blocks, sample[0].length * 2);
        for (int c = 0; c < channels; c++) {
          sample[c] = Arrays.copyOf(sample[c], size);
          truePeak[c] = Arrays.copyOf(truePeak[c], size);
        }
      }
    }
  }
}
