package dev.declip.clipping;

import dev.declip.audio.AudioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The lossy-coded fixtures, their truth files, and how well a detection matches them. */
final class LossyFixtures {
  private LossyFixtures() {}

  /** Share of truly clipped samples found, and share of truly unclipped ones flagged. */
  record Score(double recall, double falsePositiveRate) {}

  static float[][] read(String name) throws Exception {
    return AudioFiles.readAll(resource(name)).samples();
  }

  /** Lines 'channel start length' mark runs where the source reached the level. */
  static boolean[][] truth(String name, float[][] decoded) throws Exception {
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

  /** Runs the detector over the audio in blocks of {@code block} frames. */
  static List<ChannelDetection> detect(float[][] audio, int block) {
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

  static Score score(float[][] decoded, boolean[][] truth, List<ChannelDetection> found) {
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
    return new Score(hits / (double) clipped, falseHits / (double) unclipped);
  }

  static Path resource(String name) throws Exception {
    return Path.of(LossyFixtures.class.getResource("/clipping/" + name).toURI());
  }
}
