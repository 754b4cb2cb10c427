package dev.declip.training.cli;

import dev.declip.training.data.CleanClipping;
import dev.declip.training.fit.DataSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where {@code fit} and {@code evaluate} take their audio from, and how clean audio is clipped. */
final class DataSourceOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of clipped recordings (any format declip reads), searched recursively.")
  Path data;

  @Option(
      names = "--clean",
      paramLabel = "DIR",
      description = "Folder of clean audio to clip on purpose (needs --clip-level or --input-sdr).")
  Path clean;

  @Option(
      names = "--corpus",
      paramLabel = "MANIFEST",
      description =
          "A corpus made by bench/prepare-corpus.sh (its manifest.tsv): trains on its train split,"
              + " clipped afresh for every crop, validates on its validation split by genre."
              + " Needs --crop.")
  Path corpus;

  @Option(
      names = "--clip-level",
      paramLabel = "L",
      description = "With --clean: clip at this linear level (full scale = 1), e.g. 0.1.")
  Float clipLevel;

  @Option(
      names = "--input-sdr",
      paramLabel = "DB",
      description = "With --clean: clip each file at the level that gives this input SDR.")
  Double inputSdr;

  /**
   * @param cleanOnly whether only {@code --clean} will do (scoring needs ground truth)
   * @throws IllegalArgumentException naming the missing or conflicting options
   */
  DataSource source(boolean cleanOnly) {
    if (cleanOnly && clean == null) {
      throw new IllegalArgumentException("give --clean DIR: scoring needs the clean audio");
    }
    if (corpus != null) {
      if (data != null || clean != null || clipLevel != null || inputSdr != null) {
        throw new IllegalArgumentException(
            "--corpus brings its own clean audio and clipping: leave out --data, --clean,"
                + " --clip-level and --input-sdr");
      }
      return new DataSource.FromCorpus(corpus);
    }
    if ((data == null) == (clean == null)) {
      throw new IllegalArgumentException("give either --data DIR, --clean DIR or --corpus FILE");
    }
    if (data != null) {
      if (clipLevel != null || inputSdr != null) {
        throw new IllegalArgumentException(
            "--clip-level and --input-sdr go with --clean; --data levels are detected");
      }
      return new DataSource.Clipped(data);
    }
    if ((clipLevel == null) == (inputSdr == null)) {
      throw new IllegalArgumentException("--clean needs either --clip-level or --input-sdr");
    }
    return new DataSource.Clean(
        clean,
        clipLevel != null
            ? new CleanClipping.AtLevel(clipLevel)
            : new CleanClipping.AtInputSdr(inputSdr));
  }
}
