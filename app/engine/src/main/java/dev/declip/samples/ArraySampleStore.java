package dev.declip.samples;

import java.util.Arrays;

/** Samples held in the heap: a selection, a short clip, a test signal. */
public final class ArraySampleStore implements SampleStore {

  private final float[][] channels;
  private final int sampleRate;
  private final long frames;

  /**
   * @param channels planar samples, {@code channels[channel][frame]}, all of one length; not copied
   */
  public ArraySampleStore(float[][] channels, int sampleRate) {
    if (channels.length == 0 || sampleRate < 1) {
      throw new IllegalArgumentException(channels.length + " channels at " + sampleRate + " Hz");
    }
    this.frames = channels[0].length;
    if (Arrays.stream(channels).anyMatch(c -> c.length != frames)) {
      throw new IllegalArgumentException("channels differ in length");
    }
    this.channels = channels;
    this.sampleRate = sampleRate;
  }

  @Override
  public int channels() {
    return channels.length;
  }

  @Override
  public long frames() {
    return frames;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    if (fromFrame < 0 || fromFrame + length > frames) {
      throw new IndexOutOfBoundsException(
          "frames [" + fromFrame + ", " + (fromFrame + length) + ") of " + frames);
    }
    System.arraycopy(channels[channel], (int) fromFrame, dst, offset, length);
  }

  @Override
  public void close() {
    // nothing to release: the garbage collector owns the arrays
  }
}
