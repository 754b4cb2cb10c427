package dev.declip.training.corpus;

import dev.declip.training.data.Recordings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus in the layout prepare-corpus.sh writes, from synthetic music: two genres with training,
 * validation and test tracks, one coded variant, and a test row whose file does not exist (the test
 * split must never be read).
 */
public final class TestCorpus {
  public static final int RATE = 8000;

  private TestCorpus() {}

  /** Writes the corpus under {@code dir}; returns its manifest. */
  public static Path write(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(CorpusManifest.HEADER);
    int seed = 0;
    for (String genre : List.of("music", "speech")) {
      for (String split : List.of("train", "train", "validation")) {
        String track = genre + "-" + split + "-" + seed;
        lines.add(track(dir, split, genre, track, "clean", 2.0, seed++));
      }
    }
    lines.add(track(dir, "train", "music", "music-train-0", "mp3", 2.0, 40));
    lines.add(
        String.join(
            "\t",
            "test",
            "music",
            "held",
            "clean",
            "pkg",
            "1",
            "" + RATE,
            "test/missing.s16",
            "16000",
            "2.000",
            "src"));
    Path manifest = dir.resolve("manifest.tsv");
    Files.write(manifest, lines);
    return manifest;
  }

  private static String track(
      Path dir, String split, String genre, String track, String variant, double seconds, long seed)
      throws IOException {
    float[] x = Recordings.music((int) (seconds * RATE), RATE, 0.5, seed);
    ByteBuffer bytes = ByteBuffer.allocate(2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : x) {
      bytes.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
    }
    String file = split + "/" + genre + "/" + track + "." + variant + ".s16";
    Files.createDirectories(dir.resolve(file).getParent());
    Files.write(dir.resolve(file), bytes.array());
    return String.join(
        "\t",
        split,
        genre,
        track,
        variant,
        "pkg",
        "1",
        "" + RATE,
        file,
        "" + x.length,
        String.format(java.util.Locale.ROOT, "%.3f", seconds),
        "src");
  }
}
