package dev.declip.desktop;

import dev.declip.desktop.samples.SampleStore;

/** Samples held in arrays, for tests. */
public final class FloatStore implements SampleStore {
  private final float[][] samples;
  private final int rate;

  public FloatStore(float[][] samples, int rate) {
    this.samples = samples;
    this.rate = rate;
  }

  @Override
  public int channels() {
    return samples.length;
  }

  @Override
  public long frames() {
    return samples[0].length;
  }

  @Override
  public int sampleRate() {
    return rate;
  }

  @Override
  public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    System.arraycopy(samples[channel], (int) fromFrame, dst, offset, length);
  }

  @Override
  public void close() {}
}
