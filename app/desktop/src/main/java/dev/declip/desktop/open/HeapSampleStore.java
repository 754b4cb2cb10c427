package dev.declip.desktop.open;

import dev.declip.desktop.samples.SampleStore;

/**
 * PLACEHOLDER until feat/waveform lands: decoded samples held in the heap. The real stores
 * (ArraySampleStore, DiskSampleStore) replace it; only {@link RecordingDecoder} creates it.
 */
final class HeapSampleStore implements SampleStore {
  private final float[][] samples;
  private final int sampleRate;

  HeapSampleStore(float[][] samples, int sampleRate) {
    this.samples = samples;
    this.sampleRate = sampleRate;
  }

  @Override
  public int channels() {
    return samples.length;
  }

  @Override
  public long frames() {
    return samples.length == 0 ? 0 : samples[0].length;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    System.arraycopy(samples[channel], (int) fromFrame, dst, offset, length);
  }

  @Override
  public void close() {}
}
