package dev.declip.training.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The per-epoch CSV log of a run. A resumed run appends to it, after dropping any lines of epochs
 * the checkpoint does not include (the run was stopped after logging but before saving).
 */
public final class TrainingLogCsv {
  private final Path file;

  private TrainingLogCsv(Path file) {
    this.file = file;
  }

  /** Starts a fresh log, or continues one up to and including {@code lastKeptEpoch}. */
  public static TrainingLogCsv open(Path file, int lastKeptEpoch) throws IOException {
    return open(file, EpochRecord.HEADER, lastKeptEpoch);
  }

  /** The same for any CSV whose first column is the epoch. */
  static TrainingLogCsv open(Path file, String header, int lastKeptEpoch) throws IOException {
    List<String> kept = new java.util.ArrayList<>();
    kept.add(header);
    if (lastKeptEpoch > 0 && Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int comma = line.indexOf(',');
        if (comma > 0 && line.substring(0, comma).matches("\\d+")) {
          if (Integer.parseInt(line.substring(0, comma)) <= lastKeptEpoch) {
            kept.add(line);
          }
        }
      }
    }
    Files.write(file, kept, StandardCharsets.UTF_8);
    return new TrainingLogCsv(file);
  }

  public Path file() {
    return file;
  }

  public void append(EpochRecord record) throws IOException {
    append(record.toCsv());
  }

  void append(String line) throws IOException {
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
