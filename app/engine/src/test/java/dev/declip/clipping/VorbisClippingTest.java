package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    List<ChannelDetection> found = detect(read(), 8192);

    assertThat(found).hasSize(2);
    for (ChannelDetection d : found) {
      assertThat(d.levels()).isPresent();
      assertThat(d.levels().get().positive()).isBetween(0.85f * LEVEL, LEVEL);
      assertThat(d.levels().get().negative()).isBetween(0.85f * LEVEL, LEVEL);
    }
  }

  @Test
  void countsMostTrulyClippedSamplesOfTheVorbisFileWithFewFalseOnes() throws Exception {
    float[][] decoded = read();
    boolean[][] truth = truth(decoded);
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

    assertThat(hits / (double) clipped).isGreaterThan(0.85);
    assertThat(falseHits / (double) unclipped).isLessThan(0.002);
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

  private static float[][] read() throws Exception {
    return AudioFiles.readAll(resource(FIXTURE)).samples();
  }

  private static boolean[][] truth(float[][] decoded) throws Exception {
    boolean[][] truth = new boolean[decoded.length][decoded[0].length];
    for (String line : Files.readAllLines(resource(FIXTURE + ".truth.txt"))) {
      String[] f = line.trim().split(" ");
      int start = Integer.parseInt(f[1]);
      int end = Math.min(start + Integer.parseInt(f[2]), decoded[0].length);
      for (int i = start; i < end; i++) {
        truth[Integer.parseInt(f[0])][i] = true;
      }
    }
    return truth;
  }

  private static Path resource(String name) throws Exception {
    return Path.of(VorbisClippingTest.class.getResource("/clipping/" + name).toURI());
  }
}
