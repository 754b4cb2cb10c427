package dev.declip.samples;

/**
 * Decoded audio the desktop app shows, plays and exports: float samples in [-1, 1] full scale (may
 * exceed it after a restore), read by channel and frame range. Implementations may live on disk, so
 * that an hour of audio does not have to fit in the heap.
 */
public interface SampleStore extends AutoCloseable {

  int channels();

  long frames();

  int sampleRate();

  /**
   * Copies {@code length} samples of {@code channel} starting at {@code fromFrame} into {@code
   * dst}.
   */
  void read(int channel, long fromFrame, float[] dst, int offset, int length);

  /** Releases files or memory behind the store; reading afterwards is an error. */
  @Override
  void close();
}
