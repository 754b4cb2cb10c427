package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stereo music clipped at half scale and coded as Ogg Vorbis at quality 5, read through the audio
 * package. Vorbis smears the plateaus more evenly than MP3: only some polarities pile up enough to
 * stand alone, and the others count because they reach the same level.
 */
class VorbisClippingTest {

  private static final String FIXTURE = "clipped-half-stereo-q5.ogg";
  private static final float LEVEL = 0.5f;

  @Test
  void findsBothPolaritiesOfBothChannelsOfAHalfScaleClippedVorbisFile() throws Exception {
    List<ChannelDetection> found = LossyFixtures.detect(LossyFixtures.read(FIXTURE), 8192);

    assertThat(found).hasSize(2);
    for (ChannelDetection d : found) {
      assertThat(d.levels()).isPresent();
      assertThat(d.levels().get().positive()).isBetween(0.85f * LEVEL, LEVEL);
      assertThat(d.levels().get().negative()).isBetween(0.85f * LEVEL, LEVEL);
    }
  }

  @Test
  void countsMostTrulyClippedSamplesOfTheVorbisFileWithFewFalseOnes() throws Exception {
    float[][] decoded = LossyFixtures.read(FIXTURE);
    boolean[][] truth = LossyFixtures.truth(FIXTURE + ".truth.txt", decoded);
    List<ChannelDetection> found = LossyFixtures.detect(decoded, 8192);

    LossyFixtures.Score score = LossyFixtures.score(decoded, truth, found);

    assertThat(score.recall()).isGreaterThan(0.85);
    assertThat(score.falsePositiveRate()).isLessThan(0.002);
  }
}
