package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClippingCounterTest {

  private static final List<Optional<ClipLevels>> HALF =
      List.of(Optional.of(ClipLevels.symmetric(0.5f)));

  @Test
  void countsClippedSamplesRunsAndTheLongestRunAcrossBlocks() {
    float[] x = {0.1f, 0.5f, 0.6f, 0.5f, 0f, -0.5f, -0.7f, 0.2f, 0.5f, -0.5f};
    ClippingCounter counter = new ClippingCounter(HALF, 100);
    counter.accept(new float[][] {java.util.Arrays.copyOfRange(x, 0, 3)}, 3);
    counter.accept(new float[][] {java.util.Arrays.copyOfRange(x, 3, 10)}, 7);

    assertThat(counter.counts()).containsExactly(new ChannelCount(7, 10, 4, 3, 0));
    assertThat(counter.keptRuns())
        .containsExactly(
            new ClippedRun(0, 1, 3, Polarity.POSITIVE),
            new ClippedRun(0, 5, 2, Polarity.NEGATIVE),
            new ClippedRun(0, 8, 1, Polarity.POSITIVE),
            new ClippedRun(0, 9, 1, Polarity.NEGATIVE));
  }

  @Test
  void keepsOnlyTheFirstRunsAndCountsTheDroppedOnes() {
    float[] x = {0.9f, 0f, 0.9f, 0f, 0.9f, 0f, 0.9f};
    ClippingCounter counter = new ClippingCounter(HALF, 2);
    counter.accept(new float[][] {x}, x.length);

    assertThat(counter.counts().get(0).runs()).isEqualTo(4);
    assertThat(counter.keptRuns()).hasSize(2);
    assertThat(counter.droppedRuns()).isEqualTo(2);
  }

  @Test
  void countsNothingInAChannelWithoutLevelsAndNeverCountsNonFiniteSamples() {
    float[] x = {0.9f, Float.NaN, Float.POSITIVE_INFINITY, -0.9f};
    ClippingCounter counter = new ClippingCounter(List.of(Optional.empty(), HALF.get(0)), 10);
    counter.accept(new float[][] {x, x}, x.length);

    assertThat(counter.counts())
        .containsExactly(new ChannelCount(0, 4, 0, 0, 2), new ChannelCount(2, 4, 2, 1, 2));
  }

  @Test
  void countsExactlyTheHardClippedSamplesOfMusicAtTheDetectedLevels() throws Exception {
    short[] music = Signals.readPcm16("loud-music.wav");
    short[] clipped = Signals.clip(music, 16384, 14746);
    long truth = 0;
    for (short s : music) {
      truth += s >= 16384 || s <= -14746 ? 1 : 0;
    }
    float[] x = Signals.toFloat(clipped);
    ClippingCounter counter = new ClippingCounter(List.of(Signals.detect(x).levels()), 10);
    counter.accept(new float[][] {x}, x.length);

    assertThat(counter.counts().get(0).clippedSamples()).isEqualTo(truth);
  }
}
