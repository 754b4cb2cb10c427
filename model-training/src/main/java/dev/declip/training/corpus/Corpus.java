package dev.declip.training.corpus;

import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.data.Dataset;
import dev.declip.training.data.DatasetSummary;
import dev.declip.training.data.TrainingWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A corpus manifest as a {@link Dataset} at the model's rate: the "train" split streamed ({@link
 * CorpusSampler}), the "validation" split as fixed windows grouped by genre. The "test" split is
 * never read: it is held out for declip-bench.
 */
public final class Corpus {

  /** Validation windows per genre, spread over the genre's validation tracks. */
  public static final int VALIDATION_WINDOWS_PER_GENRE = 24;

  /** Input SDRs the validation windows cycle through, hard symmetric clipping. */
  static final double[] VALIDATION_DB = {1, 3, 5, 10, 15, 20};

  private Corpus() {}

  public static Dataset load(Path manifestFile, DataOptions options) throws DataException {
    CorpusManifest manifest = CorpusManifest.read(manifestFile);
    List<CorpusTrack> train = new ArrayList<>();
    Map<String, List<CorpusTrack>> coded = new HashMap<>();
    Map<String, List<CorpusTrack>> validation = new TreeMap<>();
    double trainSeconds = 0;
    for (CorpusManifest.Row row : manifest.rows()) {
      if (row.rate() != options.sampleRate()) {
        continue;
      }
      if (row.split().equals("train")) {
        CorpusTrack track = CorpusTrack.map(manifest.dir(), row);
        if (row.isClean()) {
          train.add(track);
          trainSeconds += row.samples() / (double) row.rate();
        } else {
          coded.computeIfAbsent(row.track(), t -> new ArrayList<>()).add(track);
        }
      } else if (row.split().equals("validation") && row.isClean()) {
        validation
            .computeIfAbsent(row.genre(), g -> new ArrayList<>())
            .add(CorpusTrack.map(manifest.dir(), row));
      }
    }
    if (train.isEmpty()) {
      throw new DataException(
          manifestFile + ": no training tracks at " + options.sampleRate() + " Hz");
    }
    Map<String, List<TrainingWindow>> groups = new LinkedHashMap<>();
    List<TrainingWindow> all = new ArrayList<>();
    List<String> validationTracks = new ArrayList<>();
    int clipped = 0;
    for (Map.Entry<String, List<CorpusTrack>> genre : validation.entrySet()) {
      List<TrainingWindow> windows = validationWindows(genre.getKey(), genre.getValue(), options);
      if (!windows.isEmpty()) {
        groups.put(genre.getKey(), windows);
        all.addAll(windows);
        genre.getValue().forEach(t -> validationTracks.add(t.row().track()));
      }
      for (TrainingWindow w : windows) {
        clipped += w.clippedSamples();
      }
    }
    DatasetSummary summary =
        new DatasetSummary(
            train.size(),
            List.of(),
            trainSeconds,
            0,
            all.size(),
            validationTracks,
            all.isEmpty() ? 0 : clipped / ((double) all.size() * options.windowLength()),
            Float.NaN,
            Float.NaN,
            options.sampleRate(),
            options.windowLength());
    return new Dataset(
        List.of(),
        all,
        summary,
        (batchSize, seed, crop) -> new CorpusSampler(train, coded, batchSize, seed, crop),
        groups);
  }

  /**
   * {@value #VALIDATION_WINDOWS_PER_GENRE} windows taking the tracks in turn, evenly spaced within
   * each, near-silent ones passed over, clipped hard at the input SDRs of {@link #VALIDATION_DB} in
   * turn: the same windows on every run.
   */
  private static List<TrainingWindow> validationWindows(
      String genre, List<CorpusTrack> tracks, DataOptions options) {
    int length = options.windowLength();
    List<CorpusTrack> usable = tracks.stream().filter(t -> t.length() >= length).toList();
    List<TrainingWindow> windows = new ArrayList<>();
    if (usable.isEmpty()) {
      return windows;
    }
    int perTrack = (VALIDATION_WINDOWS_PER_GENRE + usable.size() - 1) / usable.size();
    for (int w = 0; w < VALIDATION_WINDOWS_PER_GENRE; w++) {
      CorpusTrack track = usable.get(w % usable.size());
      int slot = w / usable.size();
      long room = track.length() - length;
      int from = (int) (room * (slot + 0.5) / perTrack);
      float[] x = track.read(from, length);
      if (CorpusSampler.rms(x) < CorpusSampler.SILENCE) {
        continue;
      }
      Degradation.Clipped c =
          Degradation.hardAtInputSdr(x, VALIDATION_DB[w % VALIDATION_DB.length]);
      windows.add(
          new TrainingWindow(
              c.clipped(), c.mask(), c.clean(), genre + "/" + track.row().track(), 0, from));
    }
    return windows;
  }
}
