package dev.declip.desktop.waveform;

import dev.declip.samples.SampleBlockConsumer;
import dev.declip.samples.SampleStore;
import java.util.Arrays;

/**
 * Builds a {@link MinMaxPyramid} in one streaming pass: the finest summaries while blocks arrive,
 * the coarser levels from those at the end (they are small).
 */
public final class PyramidBuilder implements SampleBlockConsumer {

  private final int channels;
  private float[][] finestMin;
  private float[][] finestMax;
  private final float[] runMin;
  private final float[] runMax;
  private int inBlock;
  private int blocks;
  private long frames;

  PyramidBuilder(int channels) {
    this.channels = channels;
    this.finestMin = new float[channels][1024];
    this.finestMax = new float[channels][1024];
    this.runMin = new float[channels];
    this.runMax = new float[channels];
    resetRun();
  }

  @Override
  public void accept(float[][] block, int n) {
    int done = 0;
    while (done < n) {
      int take = Math.min(n - done, MinMaxPyramid.FINEST_BLOCK - inBlock);
      for (int c = 0; c < channels; c++) {
        float lo = runMin[c];
        float hi = runMax[c];
        float[] samples = block[c];
        for (int k = done; k < done + take; k++) {
          lo = Math.min(lo, samples[k]);
          hi = Math.max(hi, samples[k]);
        }
        runMin[c] = lo;
        runMax[c] = hi;
      }
      done += take;
      inBlock += take;
      if (inBlock == MinMaxPyramid.FINEST_BLOCK) {
        closeBlock();
      }
    }
    frames += n;
  }

  /** The pyramid over {@code samples}, which must hold the frames this builder saw. */
  public MinMaxPyramid build(SampleStore samples) {
    if (samples.frames() != frames || samples.channels() != channels) {
      throw new IllegalArgumentException(
          "the pyramid saw "
              + frames
              + " frames of "
              + channels
              + " channels, the store holds "
              + samples.frames()
              + " of "
              + samples.channels());
    }
    if (inBlock > 0) {
      closeBlock();
    }
    float[][][] min = new float[channels][][];
    float[][][] max = new float[channels][][];
    for (int c = 0; c < channels; c++) {
      min[c] = levels(Arrays.copyOf(finestMin[c], blocks), true);
      max[c] = levels(Arrays.copyOf(finestMax[c], blocks), false);
    }
    return new MinMaxPyramid(samples, min, max);
  }

  private void closeBlock() {
    if (blocks == finestMin[0].length) {
      for (int c = 0; c < channels; c++) {
        finestMin[c] = Arrays.copyOf(finestMin[c], blocks * 2);
        finestMax[c] = Arrays.copyOf(finestMax[c], blocks * 2);
      }
    }
    for (int c = 0; c < channels; c++) {
      finestMin[c][blocks] = runMin[c];
      finestMax[c][blocks] = runMax[c];
    }
    blocks++;
    inBlock = 0;
    resetRun();
  }

  private void resetRun() {
    Arrays.fill(runMin, Float.POSITIVE_INFINITY);
    Arrays.fill(runMax, Float.NEGATIVE_INFINITY);
  }

  /** The finest level, then each coarser one summarising {@link MinMaxPyramid#FAN_OUT} blocks. */
  private static float[][] levels(float[] finest, boolean lowest) {
    int count = 1;
    for (int n = finest.length;
        n > 1;
        n = (n + MinMaxPyramid.FAN_OUT - 1) / MinMaxPyramid.FAN_OUT) {
      count++;
    }
    float[][] levels = new float[count][];
    levels[0] = finest;
    for (int l = 1; l < count; l++) {
      float[] fine = levels[l - 1];
      float[] coarse = new float[(fine.length + MinMaxPyramid.FAN_OUT - 1) / MinMaxPyramid.FAN_OUT];
      MinMaxPyramid.summarise(fine, coarse, 0, coarse.length, lowest);
      levels[l] = coarse;
    }
    return levels;
  }
}
