package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stereo music clipped at half scale and coded as a 128 kbps joint-stereo MP3, read through the
 * audio package as the pipeline reads it; the truth lists where the unclipped source reached 0.5.
 */
class LossyStereoClippingTest {

  private static final float LEVEL = 0.5f;

  @Test
  void findsClippingInBothChannelsOfAHalfScaleClipped128kMp3() throws Exception {
    List<ChannelDetection> found = detect(read("clipped-half-stereo-128k.mp3"), 8192);

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
    float[][] decoded = read("clipped-half-stereo-128k.mp3");
    boolean[][] truth = truth("clipped-half-stereo-128k.mp3.truth.txt", decoded);
    List<ChannelDetection> found = detect(decoded, 8192);

    long clipped = 0;
    long hits = 0;
    long falseHits = 0;
    long unclipped = 0;
    for (int c = 0; c < decoded.length; c++) {
      Optional<ClipLevels> levels = found.get(c).levels();
      for (int i = 0; i < decoded[c].length; i++) {
        boolean hit = levels.isPresent() && levels.get().isClipped(decoded[c][i]);
        clipped += truth[c][i] ? 1 : 0;
        unclipped += truth[c][i] ? 0 : 1;
        hits += truth[c][i] && hit ? 1 : 0;
        falseHits += !truth[c][i] && hit ? 1 : 0;
      }
    }

    assertThat(hits / (double) clipped).isGreaterThan(0.75);
    assertThat(falseHits / (double) unclipped).isLessThan(0.002);
  }

  @Test
  void reportsNoClippingInTheSameMusicUnclippedThrough128kMp3() throws Exception {
    assertThat(detect(read("unclipped-stereo-128k.mp3"), 8192))
        .allSatisfy(d -> assertThat(d.levels()).isEmpty());
  }

  @Test
  void detectsTheSameLevelsWhateverTheBlockSize() throws Exception {
    float[][] decoded = read("clipped-half-stereo-128k.mp3");
    List<ChannelDetection> whole = detect(decoded, decoded[0].length);

    for (int block : new int[] {1, 333, 4096}) {
      assertThat(detect(decoded, block)).as("blocks of %d", block).isEqualTo(whole);
    }
  }

  private static List<ChannelDetection> detect(float[][] audio, int block) {
    ClippingDetector detector = new ClippingDetector(audio.length);
    float[][] buffer = new float[audio.length][block];
    for (int start = 0; start < audio[0].length; start += block) {
      int n = Math.min(block, audio[0].length - start);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], start, buffer[c], 0, n);
      }
      detector.accept(buffer, n);
    }
    return detector.result();
  }

  private static float[][] read(String name) throws IOException, URISyntaxException {
    return AudioFiles.readAll(resource(name)).samples();
  }

  /** Lines 'channel start length' mark runs where the source reached the level. */
  private static boolean[][] truth(String name, float[][] decoded)
      throws IOException, URISyntaxException {
    boolean[][] truth = new boolean[decoded.length][decoded[0].length];
    for (String line : Files.readAllLines(resource(name))) {
      String[] f = line.trim().split(" ");
      int channel = Integer.parseInt(f[0]);
      int start = Integer.parseInt(f[1]);
      int end = Math.min(start + Integer.parseInt(f[2]), decoded[0].length);
      for (int i = start; i < end; i++) {
        truth[channel][i] = true;
      }
    }
    return truth;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(LossyStereoClippingTest.class.getResource("/clipping/" + name).toURI());
  }
}
