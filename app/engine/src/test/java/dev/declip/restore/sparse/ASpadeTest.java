package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.Sdr;
import dev.declip.restore.Signals;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ASpadeTest {

  private static final int RATE = ClippedSines.RATE;
  private static final ASpade SPADE = new ASpade(SpadeSettings.DEFAULTS, 2);

  @AfterAll
  static void close() {
    SPADE.close();
  }

  private static float[] restore(float[] y, ClipLevels levels) {
    return SPADE.estimate(y, levels, RATE, Cancellation.NEVER);
  }

  /** The SDR gain of restoring {@code x} clipped symmetrically to the target input SDR. */
  private static double gain(float[] x, double inputSdr) {
    float level = ClippedSines.levelFor(x, inputSdr);
    float[] y = Signals.clip(x, level, level);
    return Sdr.db(x, restore(y, ClipLevels.symmetric(level))) - Sdr.db(x, y);
  }

  @Test
  void keepsUnclippedSamplesAndPushesClippedOnesBeyondTheLevel() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);

    float[] restored = restore(y, ClipLevels.symmetric(level));

    for (int i = 0; i < y.length; i++) {
      if (Math.abs(y[i]) < level) {
        assertThat(restored[i]).as("sample %d", i).isEqualTo(y[i]);
      } else if (y[i] > 0) {
        assertThat(restored[i]).as("sample %d", i).isGreaterThanOrEqualTo(level);
      } else {
        assertThat(restored[i]).as("sample %d", i).isLessThanOrEqualTo(-level);
      }
    }
  }

  @Test
  void gainsSeveralDecibelsMoreThanCubicAtFiveDecibelsInputSdr() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);
    float[] cubic =
        new CubicInterpolation().estimate(y, ClipLevels.symmetric(level), RATE, Cancellation.NEVER);

    double spadeGain = gain(x, 5);

    assertThat(spadeGain).isGreaterThan(6).isGreaterThan(Sdr.db(x, cubic) - Sdr.db(x, y) + 3);
  }

  @Test
  void gainsMoreFromMildClippingThanFromSevereClipping() {
    float[] x = ClippedSines.chord(4096);

    assertThat(gain(x, 10)).isGreaterThan(gain(x, 3));
  }

  @Test
  void returnsFramesWithoutClippingUnchanged() {
    float[] x = ClippedSines.chord(8192);
    for (int i = 4096; i < x.length; i++) {
      x[i] *= 0.3f; // the second half stays below the level
    }
    float level = 0.6f;
    float[] y = Signals.clip(x, level, level);

    float[] restored = restore(y, ClipLevels.symmetric(level));

    // Frames are 1024 samples: past the last clipped sample + 1024 no frame was restored.
    int lastClipped = 0;
    for (int i = 0; i < y.length; i++) {
      lastClipped = Math.abs(y[i]) >= level ? i : lastClipped;
    }
    for (int i = lastClipped + 1024; i < y.length; i++) {
      assertThat(restored[i]).isEqualTo(y[i]);
    }
  }

  @Test
  void restoresAsymmetricClippingConsistentlyAndBetterThanTheInput() {
    float[] x = ClippedSines.chord(4096);
    ClipLevels levels = new ClipLevels(0.7f, 0.4f);
    float[] y = Signals.clip(x, levels.positive(), levels.negative());

    float[] restored = restore(y, levels);

    assertThat(Sdr.db(x, restored)).isGreaterThan(Sdr.db(x, y) + 6);
    for (int i = 0; i < y.length; i++) {
      if (y[i] >= 0.7f) {
        assertThat(restored[i]).isGreaterThanOrEqualTo(0.7f);
      } else if (y[i] <= -0.4f) {
        assertThat(restored[i]).isLessThanOrEqualTo(-0.4f);
      }
    }
  }

  @Test
  void stopsWithCancellationWhenCancelledBetweenFrames() {
    float[] x = ClippedSines.chord(8192);
    float[] y = Signals.clip(x, 0.3f, 0.3f);
    AtomicInteger polls = new AtomicInteger();
    Cancellation afterThreeFrames = () -> polls.incrementAndGet() > 3;

    assertThatThrownBy(
            () -> SPADE.restore(y, 0, ClipLevels.symmetric(0.3f), RATE, afterThreeFrames))
        .isInstanceOf(OperationCancelledException.class);
  }

  @Test
  void givesTheSameSamplesWhateverWhereTheBlockStarts() {
    float[] x = ClippedSines.chord(8192);
    float[] y = Signals.clip(x, 0.5f, 0.5f);
    ClipLevels levels = ClipLevels.symmetric(0.5f);
    int offset = 3000; // not a multiple of the hop
    float[] tail = java.util.Arrays.copyOfRange(y, offset, y.length);

    float[] whole = restore(y, levels);
    float[] block = SPADE.estimate(tail, offset, levels, RATE, Cancellation.NEVER);

    int context = SPADE.contextSamples(RATE);
    for (int i = context; i < tail.length; i++) {
      assertThat(block[i]).as("sample %d", offset + i).isEqualTo(whole[offset + i]);
    }
  }
}
