package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clipped music that went through a 128 kbps MP3: the plateaus now ripple below the old level. */
class LossyClippingTest {

  private static final Logger LOG = LoggerFactory.getLogger(LossyClippingTest.class);
  private static final int POSITIVE = 16384;
  private static final int NEGATIVE = 14746;

  @Test
  void countsMostTrulyClippedSamplesAfterMp3WithFewFalseOnes() throws Exception {
    short[] original = Signals.readPcm16("loud-music.wav");
    float[] decoded = Signals.toFloat(Signals.readPcm16("clipped-mp3-128k.wav"));
    ClipLevels levels = Signals.detect(decoded).levels().orElseThrow();

    long truePositives = 0;
    long clipped = 0;
    long falsePositives = 0;
    for (int i = 0; i < original.length; i++) {
      boolean truth = original[i] >= POSITIVE || original[i] <= -NEGATIVE;
      boolean found = levels.isClipped(decoded[i]);
      clipped += truth ? 1 : 0;
      truePositives += truth && found ? 1 : 0;
      falsePositives += !truth && found ? 1 : 0;
    }
    double recall = truePositives / (double) clipped;
    double falsePositiveRate = falsePositives / (double) (original.length - clipped);
    LOG.info("MP3 levels {}; recall {}; false-positive rate {}", levels, recall, falsePositiveRate);

    assertThat(recall).isGreaterThan(0.9);
    assertThat(falsePositiveRate).isLessThan(0.005);
  }

  @Test
  void findsLevelsAFewPercentBelowTheOriginalAfterMp3() throws Exception {
    float[] decoded = Signals.toFloat(Signals.readPcm16("clipped-mp3-128k.wav"));

    ClipLevels levels = Signals.detect(decoded).levels().orElseThrow();

    assertThat(levels.positive()).isBetween(0.85f * POSITIVE / 32768, (float) POSITIVE / 32768);
    assertThat(levels.negative()).isBetween(0.85f * NEGATIVE / 32768, (float) NEGATIVE / 32768);
  }
}
