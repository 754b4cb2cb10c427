package dev.declip.desktop.playback;

import static dev.declip.desktop.samples.TestStores.constant;
import static dev.declip.desktop.samples.TestStores.ramp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.desktop.samples.TestStores;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import org.junit.jupiter.api.Test;

class PlaybackRendererTest {
  private static final int RATE = 8000;
  private static final int FRAMES = 2000;

  private final float[] a = ramp(FRAMES, 0f);
  private final float[] b = ramp(FRAMES, 0.5f);
  private final SampleStore original = TestStores.of(RATE, a);
  private final SampleStore restored = TestStores.of(RATE, b);

  @Test
  void playsTheOriginalFromTheStartFrameSampleForSample() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(100, FRAMES), false);
    float[] out = new float[64];

    assertThat(renderer.render(out, 64)).isEqualTo(64);

    for (int i = 0; i < 64; i++) {
      assertThat(out[i]).isEqualTo(a[100 + i]);
    }
  }

  @Test
  void interleavesChannelsFrameByFrame() {
    float[] right = ramp(FRAMES, -0.5f);
    PlaybackRenderer renderer = new PlaybackRenderer(TestStores.of(RATE, a, right), 0);
    renderer.start(new FrameRange(7, FRAMES), false);
    float[] out = new float[2 * 16];

    renderer.render(out, 16);

    for (int i = 0; i < 16; i++) {
      assertThat(out[2 * i]).isEqualTo(a[7 + i]);
      assertThat(out[2 * i + 1]).isEqualTo(right[7 + i]);
    }
  }

  @Test
  void hardSwitchToBContinuesAtTheNextSourceFrame() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.setRestored(restored);
    renderer.start(new FrameRange(100, FRAMES), false);
    float[] out = new float[50];
    renderer.render(out, 50);

    renderer.select(Side.RESTORED);
    renderer.render(out, 50);

    for (int i = 0; i < 50; i++) {
      assertThat(out[i]).isEqualTo(b[150 + i]);
    }
    assertThat(renderer.heard()).isEqualTo(Side.RESTORED);
  }

  @Test
  void crossfadeMixesBothVersionsAtTheSameSourceFrame() {
    int fade = 40;
    PlaybackRenderer renderer = new PlaybackRenderer(original, fade);
    renderer.setRestored(restored);
    renderer.start(new FrameRange(0, FRAMES), false);
    float[] out = new float[100];
    renderer.render(out, 100);

    renderer.select(Side.RESTORED);
    renderer.render(out, 100);

    for (int k = 0; k < 100; k++) {
      int frame = 100 + k;
      if (k < fade) {
        double g = (k + 1) / (double) (fade + 1);
        assertThat((double) out[k]).isCloseTo(a[frame] + g * (b[frame] - a[frame]), within(1e-6));
      } else {
        assertThat(out[k]).isEqualTo(b[frame]);
      }
    }
  }

  @Test
  void crossfadeStaysBetweenTheVersionsAndMovesInSmallSteps() {
    int fade = 40;
    PlaybackRenderer renderer =
        new PlaybackRenderer(TestStores.of(RATE, constant(FRAMES, 0.9f)), fade);
    renderer.setRestored(TestStores.of(RATE, constant(FRAMES, -0.9f)));
    renderer.start(new FrameRange(0, FRAMES), false);
    float[] out = new float[64];
    renderer.render(out, 64);

    renderer.select(Side.RESTORED);
    renderer.render(out, 64);

    float before = 0.9f;
    for (int k = 0; k < 64; k++) {
      assertThat(out[k]).isBetween(-0.9f, 0.9f);
      // A hard switch would step by 1.8 at once; the fade spreads it over fade + 1 steps.
      assertThat((double) before - out[k]).isBetween(0.0, 1.8 / (fade + 1) + 1e-6);
      before = out[k];
    }
    assertThat(out[fade]).isEqualTo(-0.9f);
  }

  @Test
  void crossfadeLongerThanABlockCarriesOnIntoTheNextBlock() {
    int fade = 30;
    PlaybackRenderer renderer = new PlaybackRenderer(original, fade);
    renderer.setRestored(restored);
    renderer.select(Side.RESTORED);
    renderer.start(new FrameRange(0, FRAMES), false); // a choice made before start: no fade
    float[] first = new float[10];
    renderer.render(first, 10);
    renderer.select(Side.ORIGINAL);
    float[] fading = new float[20];
    renderer.render(fading, 20);
    float[] rest = new float[20];

    renderer.render(rest, 20);

    for (int k = 0; k < 20; k++) {
      int inFade = 20 + k;
      int frame = 30 + k;
      if (inFade < fade) {
        double g = (inFade + 1) / (double) (fade + 1);
        assertThat((double) rest[k]).isCloseTo(b[frame] + g * (a[frame] - b[frame]), within(1e-6));
      } else {
        assertThat(rest[k]).isEqualTo(a[frame]);
      }
    }
  }

  @Test
  void restoredMissingPlaysTheOriginalWhenBIsSelected() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 8);
    renderer.select(Side.RESTORED);
    renderer.start(new FrameRange(0, FRAMES), false);
    float[] out = new float[32];

    renderer.render(out, 32);

    for (int i = 0; i < 32; i++) {
      assertThat(out[i]).isEqualTo(a[i]);
    }
    assertThat(renderer.heard()).isEqualTo(Side.ORIGINAL);
  }

  @Test
  void restoredArrivingWhilePlayingIsFadedInAtTheNextBlock() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 4);
    renderer.select(Side.RESTORED);
    renderer.start(new FrameRange(0, FRAMES), false);
    float[] out = new float[32];
    renderer.render(out, 32);

    renderer.setRestored(restored);
    renderer.render(out, 32);

    assertThat(out[4]).isEqualTo(b[36]);
  }

  @Test
  void refusesARestoredVersionOfAnotherLength() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);

    assertThatThrownBy(() -> renderer.setRestored(TestStores.of(RATE, new float[FRAMES - 1])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void loopWrapsFromTheLastFrameStraightToTheFirst() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(10, 30), true);
    float[] out = new float[75];

    assertThat(renderer.render(out, 75)).isEqualTo(75);

    for (int i = 0; i < 75; i++) {
      assertThat(out[i]).isEqualTo(a[10 + i % 20]);
    }
    assertThat(renderer.finished()).isFalse();
  }

  @Test
  void endsWithSilenceAfterTheLastFrameWithoutLoop() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(FRAMES - 5, FRAMES), false);
    float[] out = new float[16];
    java.util.Arrays.fill(out, 7f);

    assertThat(renderer.render(out, 16)).isEqualTo(5);

    assertThat(out[4]).isEqualTo(a[FRAMES - 1]);
    for (int i = 5; i < 16; i++) {
      assertThat(out[i]).isZero();
    }
    assertThat(renderer.finished()).isTrue();
  }

  @Test
  void positionNamesTheSourceFrameOfEachOutputFrameAcrossLoopWraps() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(10, 30), true);
    float[] out = new float[64];
    renderer.render(out, 64);
    renderer.render(out, 64);

    for (long o = 0; o < 128; o += 3) {
      assertThat(renderer.sourceFrameAt(o)).isEqualTo(10 + o % 20);
    }
  }

  @Test
  void positionStopsAtTheEndDuringTheSilenceAfterIt() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(100, 120), false);
    float[] out = new float[64];
    renderer.render(out, 64);

    assertThat(renderer.sourceFrameAt(5)).isEqualTo(105);
    assertThat(renderer.sourceFrameAt(40)).isEqualTo(120);
  }

  @Test
  void positionBeforeAnythingWasHeardIsTheStartFrame() {
    PlaybackRenderer renderer = new PlaybackRenderer(original, 0);
    renderer.start(new FrameRange(500, FRAMES), false);

    assertThat(renderer.sourceFrameAt(0)).isEqualTo(500);
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
