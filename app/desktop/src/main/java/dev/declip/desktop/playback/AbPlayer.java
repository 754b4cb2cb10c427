package dev.declip.desktop.playback;

import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the original (A) or the restored (B) recording through the system's audio output and
 * switches between them while playing. The samples come from a {@link PlaybackRenderer}; this class
 * only feeds them to a javax.sound line on a daemon thread and reports the playhead.
 */
public final class AbPlayer implements AutoCloseable {
  static final int BLOCK_FRAMES = 512;

  /**
   * About 85 ms at 48 kHz: short enough for an A/B switch to feel immediate, long enough not to
   * underrun.
   */
  static final int LINE_BUFFER_FRAMES = 4096;

  static final double CROSSFADE_SECONDS = 0.005;

  private final PlaybackRenderer renderer;
  private final PlaybackListener listener;
  private SourceDataLine line;
  private Thread thread;
  private volatile boolean stopping;
  private volatile boolean paused;

  public AbPlayer(SampleStore original, PlaybackListener listener) {
    int fade = (int) Math.round(CROSSFADE_SECONDS * original.sampleRate());
    this.renderer = new PlaybackRenderer(original, fade);
    this.listener = listener;
  }

  /** Sets or removes (null) the restored version; B plays the original while it is missing. */
  public void setRestored(SampleStore restored) {
    renderer.setRestored(restored);
  }

  /** Sets what A plays: another restore, or null for the original. */
  public void setCompared(SampleStore store) {
    renderer.setCompared(store);
  }

  /** Chooses A or B, also while playing (heard one line buffer later, crossfaded). */
  public void select(Side side) {
    renderer.select(side);
  }

  public Side selected() {
    return renderer.selected();
  }

  /** Plays from {@code frame} to the end of the recording. */
  public void playFrom(long frame) throws AudioOutputUnavailableException {
    play(new FrameRange(frame, renderer.original().frames()), false);
  }

  /** Plays {@code range} once, or over and over when {@code loop}; stops what was playing. */
  public synchronized void play(FrameRange range, boolean loop)
      throws AudioOutputUnavailableException {
    stop();
    SampleStore a = renderer.original();
    SourceDataLine opened =
        OutputLines.open(OutputLines.pcm16(a.sampleRate(), a.channels()), LINE_BUFFER_FRAMES);
    renderer.start(range, loop);
    line = opened;
    stopping = false;
    paused = false;
    thread = new Thread(() -> feed(opened), "declip-playback");
    thread.setDaemon(true);
    thread.start();
  }

  /** Holds playback where it is; {@link #resume()} goes on from the same sample. */
  public synchronized void pause() {
    if (line != null && !paused) {
      paused = true;
      line.stop();
    }
  }

  public synchronized void resume() {
    if (line != null && paused) {
      paused = false;
      line.start();
    }
  }

  public synchronized boolean isPlaying() {
    return thread != null && thread.isAlive() && !paused;
  }

  public boolean isPaused() {
    return paused;
  }

  /** Stops at once, dropping what the line still holds. */
  public synchronized void stop() {
    if (thread == null) {
      return;
    }
    stopping = true;
    line.stop();
    line.flush();
    line.close();
    if (Thread.currentThread() != thread) { // a listener may play again from its callback
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    thread = null;
    line = null;
  }

  @Override
  public void close() {
    stop();
  }

  private void feed(SourceDataLine out) {
    int frameSize = out.getFormat().getFrameSize();
    float[] block = new float[BLOCK_FRAMES * renderer.channels()];
    byte[] bytes = new byte[block.length * Pcm16.BYTES];
    long written = 0;
    try {
      out.start();
      while (!stopping && !renderer.finished()) {
        renderer.render(block, BLOCK_FRAMES);
        Pcm16.encode(block, block.length, bytes);
        for (int off = 0; off < bytes.length && !stopping; ) {
          off += out.write(bytes, off, bytes.length - off);
        }
        written += BLOCK_FRAMES;
        report(out, written, frameSize);
      }
      // The tail still in the line: keep the playhead moving until it has been heard.
      while (!stopping && buffered(out, frameSize) > 0) {
        report(out, written, frameSize);
        Thread.sleep(10);
      }
      if (!stopping) {
        listener.finished();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!stopping) {
        listener.failed(e);
      }
    }
  }

  private void report(SourceDataLine out, long written, int frameSize) {
    long heard = heardFrame(written, buffered(out, frameSize));
    listener.playhead(renderer.sourceFrameAt(heard), renderer.heard());
  }

  private static long buffered(SourceDataLine out, int frameSize) {
    return Math.max(0, out.getBufferSize() - out.available()) / frameSize;
  }

  /** The output frame being heard: those written less those still waiting in the line. */
  static long heardFrame(long written, long buffered) {
    return Math.max(0, written - buffered);
  }
}
