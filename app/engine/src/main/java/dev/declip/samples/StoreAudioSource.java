package dev.declip.samples;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;

/**
 * Streams decoded samples back out of a {@link SampleStore}, so detection runs on what was decoded
 * once instead of decoding the file again. Remembers the largest magnitude it passed.
 */
public final class StoreAudioSource implements AudioSource {
  private final SampleStore store;
  private final AudioInfo info;
  private long position;
  private float peak;

  public StoreAudioSource(SampleStore store, AudioInfo info) {
    this.store = store;
    this.info = info;
  }

  @Override
  public AudioInfo info() {
    return info;
  }

  @Override
  public int read(float[][] buffer, int frames) {
    long left = store.frames() - position;
    if (left <= 0) {
      return -1;
    }
    int n = (int) Math.min(frames, left);
    for (int c = 0; c < store.channels(); c++) {
      store.read(c, position, buffer[c], 0, n);
      for (int i = 0; i < n; i++) {
        peak = Math.max(peak, Math.abs(buffer[c][i]));
      }
    }
    position += n;
    return n;
  }

  public float peak() {
    return peak;
  }

  @Override
  public void close() {}
}
