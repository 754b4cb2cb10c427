package dev.declip.training.corpus;

import dev.declip.training.data.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code manifest.tsv} as {@code prepare-corpus.sh} writes it: one per track, variant
 * and rate, with a header line naming the columns.
 */
record CorpusManifest(Path dir, List<Row> rows) {

  static final String HEADER =
      "split\tgenre\ttrack\tvariant\tpackage\tversion\trate\tfile\tsamples\tseconds\tsources";

  /**
   * One track at one rate.
   *
   * @param variant "clean", or the lossy codec it went through ("mp3", "ogg")
   * @param file the raw 16-bit little-endian mono samples, relative to the manifest's folder
   */
  record Row(
      String split,
      String genre,
      String track,
      String variant,
      String packageVersion,
      int rate,
      String file,
      long samples) {

    boolean isClean() {
      return variant.equals("clean");
    }
  }

  static CorpusManifest read(Path manifest) throws DataException {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataException(manifest + ": cannot read the corpus manifest (" + e + ")");
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new DataException(
          manifest
              + ": not a corpus manifest (made by prepare-corpus.sh; first line "
              + HEADER
              + ")");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length < 10) {
        throw new DataException(manifest + ": line " + (i + 1) + " has " + c.length + " columns");
      }
      try {
        rows.add(
            new Row(
                c[0],
                c[1],
                c[2],
                c[3],
                c[4] + " " + c[5],
                Integer.parseInt(c[6]),
                c[7],
                Long.parseLong(c[8])));
      } catch (NumberFormatException e) {
        throw new DataException(manifest + ": line " + (i + 1) + ": " + e.getMessage());
      }
    }
    Path dir = manifest.toAbsolutePath().getParent();
    return new CorpusManifest(dir, List.copyOf(rows));
  }
}
