package dev.declip.audio;

import java.io.IOException;

/**
 * Drops a decoder's leading delay and keeps only the frames that belong to the audio: how MP3
 * encoder delay and padding are removed. A stream that ends before the promised length is reported
 * as truncated.
 */
final class TrimmedSource implements AudioSource {

  private final String name;
  private final AudioSource inner;
  private final AudioInfo info;
  private long toSkip;
  private long left;

  TrimmedSource(String name, AudioSource inner, long skipFrames, long frames) {
    this.name = name;
    this.inner = inner;
    AudioInfo i = inner.info();
    this.info =
        new AudioInfo(
            i.container(),
            i.sampleRate(),
            i.channels(),
            i.bitsPerSample(),
            i.floatingPoint(),
            frames);
    this.toSkip = skipFrames;
    this.left = frames;
  }

  @Override
  public AudioInfo info() {
    return info;
  }

  @Override
  public int read(float[][] buffer, int frames) throws IOException {
    while (toSkip > 0) {
      int n = inner.read(buffer, (int) Math.min(frames, toSkip));
      if (n < 0) {
        throw truncated();
      }
      toSkip -= n;
    }
    if (left == 0) {
      return -1;
    }
    int n = inner.read(buffer, (int) Math.min(frames, left));
    if (n < 0) {
      throw truncated();
    }
    left -= n;
    return n;
  }

  private AudioFileException truncated() {
    return DecodeFailures.truncated(name, info.frames() - left, info.frames(), info.sampleRate());
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
