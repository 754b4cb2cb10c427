package dev.declip.training.fit;

import dev.declip.training.corpus.Corpus;
import dev.declip.training.data.CleanClipping;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.data.Dataset;
import dev.declip.training.data.Datasets;
import java.nio.file.Path;

/**
 * Where a run's windows come from: the user's clipped recordings ({@code --data}), clean audio
 * clipped on purpose ({@code --clean} with a level or an input SDR), which also gives ground truth,
 * or a corpus clipped afresh for every crop ({@code --corpus}).
 */
public sealed interface DataSource {

  Dataset load(DataOptions options) throws DataException;

  /** For the model's metadata: what kind of data and where. */
  String describe();

  /** The same kind of data from another folder (held-out recordings for validation). */
  DataSource in(Path otherDir);

  record Clipped(Path dir) implements DataSource {
    @Override
    public Dataset load(DataOptions options) throws DataException {
      return Datasets.fromClipped(dir, options);
    }

    @Override
    public String describe() {
      return "clipped recordings in " + dir.getFileName();
    }

    @Override
    public DataSource in(Path otherDir) {
      return new Clipped(otherDir);
    }
  }

  record Clean(Path dir, CleanClipping clipping) implements DataSource {
    @Override
    public Dataset load(DataOptions options) throws DataException {
      return Datasets.fromClean(dir, clipping, options);
    }

    @Override
    public String describe() {
      String how =
          clipping instanceof CleanClipping.AtLevel level
              ? "clipped at " + level.level()
              : "clipped to " + ((CleanClipping.AtInputSdr) clipping).db() + " dB input SDR";
      return "clean audio in " + dir.getFileName() + ", " + how;
    }

    @Override
    public DataSource in(Path otherDir) {
      return new Clean(otherDir, clipping);
    }
  }

  /** {@code --corpus MANIFEST}: {@link Corpus}; its validation split is its own. */
  record FromCorpus(Path manifest) implements DataSource {
    @Override
    public Dataset load(DataOptions options) throws DataException {
      return Corpus.load(manifest, options);
    }

    @Override
    public String describe() {
      return "the corpus of "
          + manifest.toAbsolutePath().getParent().getFileName()
          + " (train split), clipped afresh per crop: hard or soft, symmetric or not, 1-20 dB"
          + " input SDR, a share of the peak or 0.1, some after MP3/Ogg coding";
    }

    @Override
    public DataSource in(Path otherDir) {
      return new FromCorpus(otherDir);
    }
  }
}
