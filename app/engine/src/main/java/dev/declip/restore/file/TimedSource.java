package dev.declip.restore.file;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import java.io.IOException;

/** An AudioSource that books the time spent decoding on a clock, to report the decode stage. */
final class TimedSource implements AudioSource {
  private final AudioSource delegate;
  private final StageClock clock;

  TimedSource(AudioSource delegate, StageClock clock) {
    this.delegate = delegate;
    this.clock = clock;
  }

  @Override
  public AudioInfo info() {
    return delegate.info();
  }

  @Override
  public int read(float[][] buffer, int frames) throws IOException {
    clock.start();
    try {
      return delegate.read(buffer, frames);
    } finally {
      clock.stop();
    }
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
