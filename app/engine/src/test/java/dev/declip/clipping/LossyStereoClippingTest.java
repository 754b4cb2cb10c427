package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stereo music clipped at half scale and coded as a 128 kbps joint-stereo MP3, read through the
 * audio package as the pipeline reads it; the truth lists where the unclipped source reached 0.5.
 */
class LossyStereoClippingTest {

  private static final float LEVEL = 0.5f;

  @Test
  void findsClippingInBothChannelsOfAHalfScaleClipped128kMp3() throws Exception {
    List<ChannelDetection> found =
        LossyFixtures.detect(LossyFixtures.read("clipped-half-stereo-128k.mp3"), 8192);

    assertThat(found).allSatisfy(d -> assertThat(d.levels()).isPresent());
    for (ChannelDetection d : found) {
      for (float level : new float[] {d.levels().get().positive(), d.levels().get().negative()}) {
        assertThat(level)
            .satisfiesAnyOf(
                l -> assertThat(l).isInfinite(),
                l -> assertThat(l).isBetween(0.85f * LEVEL, LEVEL));
      }
    }
  }

  @Test
  void countsMostTrulyClippedSamplesOfTheStereoMp3WithFewFalseOnes() throws Exception {
    float[][] decoded = LossyFixtures.read("clipped-half-stereo-128k.mp3");
    boolean[][] truth = LossyFixtures.truth("clipped-half-stereo-128k.mp3.truth.txt", decoded);
    List<ChannelDetection> found = LossyFixtures.detect(decoded, 8192);

    LossyFixtures.Score score = LossyFixtures.score(decoded, truth, found);

    assertThat(score.recall()).isGreaterThan(0.75);
    assertThat(score.falsePositiveRate()).isLessThan(0.002);
  }

  @Test
  void reportsNoClippingInTheSameMusicUnclippedThrough128kMp3() throws Exception {
    assertThat(LossyFixtures.detect(LossyFixtures.read("unclipped-stereo-128k.mp3"), 8192))
        .allSatisfy(d -> assertThat(d.levels()).isEmpty());
  }

  @Test
  void detectsTheSameLevelsWhateverTheBlockSize() throws Exception {
    float[][] decoded = LossyFixtures.read("clipped-half-stereo-128k.mp3");
    List<ChannelDetection> whole = LossyFixtures.detect(decoded, decoded[0].length);

    for (int block : new int[] {1, 333, 4096}) {
      assertThat(LossyFixtures.detect(decoded, block)).as("blocks of %d", block).isEqualTo(whole);
    }
  }
}
