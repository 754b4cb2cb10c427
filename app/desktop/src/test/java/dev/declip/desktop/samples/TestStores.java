package dev.declip.desktop.samples;

import dev.declip.samples.SampleStore;

/** Tiny in-memory {@link SampleStore}s over float arrays, for tests of the stores' users. */
public final class TestStores {
  private TestStores() {}

  /** A store over {@code samples[channel][frame]}. */
  public static SampleStore of(int sampleRate, float[]... samples) {
    return new SampleStore() {
      private boolean closed;

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
        return sampleRate;
      }

      @Override
      public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
        if (closed) {
          throw new IllegalStateException("closed");
        }
        System.arraycopy(samples[channel], Math.toIntExact(fromFrame), dst, offset, length);
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  }

  /**
   * Frames counting up, {@code value(frame) = base + frame / 100000}, so a sample names its frame.
   */
  public static float[] ramp(int frames, float base) {
    float[] x = new float[frames];
    for (int i = 0; i < frames; i++) {
      x[i] = base + i / 100000f;
    }
    return x;
  }

  /** A constant signal. */
  public static float[] constant(int frames, float value) {
    float[] x = new float[frames];
    java.util.Arrays.fill(x, value);
    return x;
  }
}
