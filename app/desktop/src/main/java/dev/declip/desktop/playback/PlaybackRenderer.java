package dev.declip.desktop.playback;

import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.util.Arrays;

/**
 * Decides which samples go out, block by block, with no device involved: the span to play, the loop
 * wrap, the A/B switch and the frame each output sample came from.
 *
 * <p>An A/B switch asked for while playing takes effect at the start of the next block and
 * crossfades linearly over a few milliseconds. Both versions are read at the same source frame
 * during the fade, so the music never jumps; the fade only removes the click a hard switch would
 * make where the two versions differ.
 *
 * <p>{@link #render} runs on the playback thread; {@link #select} and {@link #setRestored} may be
 * called from any thread.
 */
public final class PlaybackRenderer {
  private final SampleStore original;
  private final int channels;
  private final int crossfadeFrames;
  private final PositionMap positions = new PositionMap();

  private volatile SampleStore restored;
  private volatile SampleStore compared;
  private volatile Side requested = Side.ORIGINAL;

  private Side current = Side.ORIGINAL;
  private Side fadingFrom;
  private int fadeDone;
  private FrameRange span;
  private boolean loop;
  private long position;
  private long outputFrames;
  private float[][] next = new float[0][0];
  private float[][] previous = new float[0][0];

  /**
   * @param crossfadeFrames the length of an A/B crossfade; 0 switches hard
   */
  public PlaybackRenderer(SampleStore original, int crossfadeFrames) {
    if (crossfadeFrames < 0) {
      throw new IllegalArgumentException("negative crossfade: " + crossfadeFrames);
    }
    this.original = original;
    this.channels = original.channels();
    this.crossfadeFrames = crossfadeFrames;
    this.span = new FrameRange(0, 0);
  }

  public SampleStore original() {
    return original;
  }

  public int channels() {
    return channels;
  }

  /** Sets or removes (null) the restored version; without it B plays the original. */
  public void setRestored(SampleStore store) {
    requireMatching(store);
    restored = store;
  }

  /** Sets what A plays: another restore to compare B with, or null for the original recording. */
  public void setCompared(SampleStore store) {
    requireMatching(store);
    compared = store;
  }

  private void requireMatching(SampleStore store) {
    if (store != null
        && (store.channels() != channels
            || store.sampleRate() != original.sampleRate()
            || store.frames() != original.frames())) {
      throw new IllegalArgumentException(
          String.format(
              "restored audio (%d ch, %d Hz, %d frames) does not match the original"
                  + " (%d ch, %d Hz, %d frames)",
              store.channels(),
              store.sampleRate(),
              store.frames(),
              channels,
              original.sampleRate(),
              original.frames()));
    }
  }

  /** Asks for A or B; heard from the next block on. */
  public void select(Side side) {
    requested = side;
  }

  /** The version asked for. What is heard is this, or A while B is missing. */
  public Side selected() {
    return requested;
  }

  /**
   * Starts over at the start of {@code range}; without loop playback ends at its end. The output
   * frame count starts again at 0. A pending A/B choice applies at once, without a fade.
   */
  public void start(FrameRange range, boolean looping) {
    if (range.end() > original.frames()) {
      throw new IllegalArgumentException(
          "range " + range + " beyond the recording's " + original.frames() + " frames");
    }
    span = range;
    loop = looping && range.length() > 0;
    position = range.start();
    outputFrames = 0;
    current = effective(requested, restored);
    fadingFrom = null;
    positions.reset(range.start());
  }

  /** Whether every frame of the span has been rendered (never while looping). */
  public boolean finished() {
    return !loop && position >= span.end();
  }

  /** Output frames rendered since {@link #start}, the silence after the end included. */
  public long outputFrames() {
    return outputFrames;
  }

  /**
   * Fills {@code out} with {@code frames} interleaved frames; after the end of a span that does not
   * loop the rest is silence.
   *
   * @return frames of audio rendered, less than {@code frames} only at the end
   */
  public int render(float[] out, int frames) {
    SampleStore b = restored;
    beginSwitchIfAsked(b);
    ensureScratch(frames);
    int done = 0;
    while (done < frames) {
      if (position >= span.end()) {
        if (!loop) {
          break;
        }
        position = span.start();
      }
      int n = (int) Math.min(frames - done, span.end() - position);
      renderRun(b, out, done, n);
      positions.add(outputFrames + done, position, n);
      position += n;
      done += n;
    }
    Arrays.fill(out, done * channels, frames * channels, 0f);
    outputFrames += frames;
    return done;
  }

  /**
   * The source frame that went out as output frame {@code outputFrame} (counted from {@link
   * #start}); the device part passes the frame being heard. Queries must not go backwards.
   */
  public long sourceFrameAt(long outputFrame) {
    return positions.sourceFrameAt(outputFrame);
  }

  /** The version being heard now (after a fade, the one faded to). */
  public Side heard() {
    return current;
  }

  private static Side effective(Side side, SampleStore b) {
    return side == Side.RESTORED && b == null ? Side.ORIGINAL : side;
  }

  private void beginSwitchIfAsked(SampleStore b) {
    if (fadingFrom != null && storeOf(fadingFrom, b) == null) {
      fadingFrom = null; // B was removed in the middle of a fade away from it
    }
    if (fadingFrom != null) {
      return;
    }
    Side want = effective(requested, b);
    if (want != current) {
      boolean canFade = crossfadeFrames > 0 && storeOf(current, b) != null;
      fadingFrom = canFade ? current : null;
      fadeDone = 0;
      current = want;
    }
  }

  private SampleStore storeOf(Side side, SampleStore b) {
    SampleStore a = compared;
    return side == Side.RESTORED ? b : a == null ? original : a;
  }

  private void renderRun(SampleStore b, float[] out, int offset, int n) {
    SampleStore now = storeOf(current, b);
    SampleStore before = fadingFrom == null ? null : storeOf(fadingFrom, b);
    for (int c = 0; c < channels; c++) {
      now.read(c, position, next[c], 0, n);
      if (before != null) {
        before.read(c, position, previous[c], 0, n);
      }
    }
    int fading = before == null ? 0 : Math.min(n, crossfadeFrames - fadeDone);
    for (int i = 0; i < n; i++) {
      int o = (offset + i) * channels;
      if (i < fading) {
        // Weight of the new version (k+1)/(N+1), k = frames into the fade: never 0, never 1.
        float g = (fadeDone + i + 1) / (float) (crossfadeFrames + 1);
        for (int c = 0; c < channels; c++) {
          float a = previous[c][i];
          out[o + c] = a + g * (next[c][i] - a);
        }
      } else {
        for (int c = 0; c < channels; c++) {
          out[o + c] = next[c][i];
        }
      }
    }
    if (before != null) {
      fadeDone += fading;
      if (fadeDone >= crossfadeFrames) {
        fadingFrom = null;
      }
    }
  }

  private void ensureScratch(int frames) {
    if (next.length != channels || next[0].length < frames) {
      next = new float[channels][frames];
      previous = new float[channels][frames];
    }
  }
}
