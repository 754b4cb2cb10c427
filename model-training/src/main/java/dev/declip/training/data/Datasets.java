package dev.declip.training.data;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSource;
import dev.declip.clipping.ClipLevels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds datasets from folders of audio: {@code --data DIR} (clipped recordings alone) or {@code
 * --clean DIR} with a {@link CleanClipping} (pairs with ground truth).
 *
 * <p>Memory: one file is decoded whole at a time and only the windows that hold clipped samples are
 * kept. Both are bounded by {@link DataOptions#maxBytes()}: a file whose decoded samples alone
 * exceed it is skipped with a note, and a folder whose windows exceed it is refused with a clear
 * error rather than silently cut, so the user chooses what to leave out.
 */
public final class Datasets {

  private Datasets() {}

  public static Dataset fromClipped(Path dir, DataOptions options) throws DataException {
    return build(dir, FilePreparer.clipped(), options);
  }

  public static Dataset fromClean(Path dir, CleanClipping clipping, DataOptions options)
      throws DataException {
    return build(dir, FilePreparer.clean(clipping), options);
  }

  private static Dataset build(Path dir, FilePreparer preparer, DataOptions options)
      throws DataException {
    List<PreparedFile> used = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    long bytes = 0;
    for (Path file : AudioFolder.audioFiles(dir)) {
      String name = dir.relativize(file).toString();
      PreparedFile prepared;
      try {
        prepared = preparer.prepare(read(file, name, options), name, options);
      } catch (DataException e) {
        skipped.add(e.getMessage());
        continue;
      }
      if (prepared.windows().isEmpty()) {
        skipped.add(name + ": no clipped samples; it gives no windows");
        continue;
      }
      for (TrainingWindow w : prepared.windows()) {
        bytes += w.bytes();
      }
      if (bytes > options.maxBytes()) {
        throw new DataException(
            String.format(
                Locale.ROOT,
                "%s: the clipped windows need more than %d MB (reached at %s); use fewer files or"
                    + " give Java more memory (DECLIP_JAVA_OPTS=-Xmx16g: a quarter holds windows)",
                dir,
                options.maxBytes() >> 20,
                name));
      }
      used.add(prepared);
    }
    if (used.isEmpty()) {
      throw new DataException(
          dir
              + ": no file gave a clipped window ("
              + skipped.size()
              + " skipped: "
              + skipped
              + ")");
    }
    TrainValidationSplit.Split split =
        TrainValidationSplit.split(used, options.validationFraction(), options.seed());
    return new Dataset(split.train(), split.validation(), summary(used, skipped, split, options));
  }

  private static AudioData read(Path file, String name, DataOptions options) throws DataException {
    try {
      try (AudioSource source = AudioFiles.open(file)) {
        long samples = source.info().frames() * source.info().channels();
        if (4 * samples > options.maxBytes()) {
          throw new DataException(
              String.format(
                  Locale.ROOT,
                  "%s: too long to load at once (%.0f s); split it into shorter files",
                  name,
                  source.info().durationSeconds()));
        }
      }
      return AudioFiles.readAll(file);
    } catch (IOException | RuntimeException e) {
      // Third-party decoders report some corrupt streams with runtime exceptions.
      return unreadable(file, name, e);
    }
  }

  private static AudioData unreadable(Path file, String name, Exception e) throws DataException {
    String message = String.valueOf(e.getMessage());
    String own = file.getFileName() + ": ";
    String reason = message.startsWith(own) ? message.substring(own.length()) : message;
    throw new DataException(name + ": skipped, " + reason);
  }

  private static DatasetSummary summary(
      List<PreparedFile> used,
      List<String> skipped,
      TrainValidationSplit.Split split,
      DataOptions options) {
    double seconds = 0;
    float lowest = Float.POSITIVE_INFINITY;
    float highest = 0;
    long samples = 0;
    long clipped = 0;
    for (PreparedFile f : used) {
      seconds += f.seconds();
      for (ClipLevels l : f.levels()) {
        for (float level : new float[] {l.positive(), l.negative()}) {
          if (Float.isFinite(level)) {
            lowest = Math.min(lowest, level);
            highest = Math.max(highest, level);
          }
        }
      }
      for (TrainingWindow w : f.windows()) {
        samples += w.length();
        clipped += w.clippedSamples();
      }
    }
    return new DatasetSummary(
        used.size(),
        skipped,
        seconds,
        split.train().size(),
        split.validation().size(),
        split.validationFiles(),
        clipped / (double) samples,
        lowest,
        highest,
        options.sampleRate(),
        options.windowLength());
  }
}
