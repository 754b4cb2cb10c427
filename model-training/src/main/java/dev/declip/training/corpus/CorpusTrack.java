package dev.declip.training.corpus;

import dev.declip.training.data.DataException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One track's raw 16-bit samples, mapped into memory: hours of corpus cost page cache, not heap,
 * and a crop is read without decoding.
 */
final class CorpusTrack {
  private static final float FULL_SCALE = 32768f;

  private final CorpusManifest.Row row;
  private final ShortBuffer samples;

  private CorpusTrack(CorpusManifest.Row row, ShortBuffer samples) {
    this.row = row;
    this.samples = samples;
  }

  static CorpusTrack map(Path dir, CorpusManifest.Row row) throws DataException {
    Path file = dir.resolve(row.file());
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long bytes = channel.size();
      if (bytes != 2 * row.samples()) {
        throw new DataException(
            file + ": holds " + bytes / 2 + " samples, the manifest says " + row.samples());
      }
      ShortBuffer samples =
          channel
              .map(FileChannel.MapMode.READ_ONLY, 0, bytes)
              .order(ByteOrder.LITTLE_ENDIAN)
              .asShortBuffer();
      return new CorpusTrack(row, samples);
    } catch (IOException e) {
      throw new DataException(file + ": cannot map the track (" + e.getMessage() + ")");
    }
  }

  CorpusManifest.Row row() {
    return row;
  }

  int length() {
    return samples.limit();
  }

  /** {@code length} samples from {@code from}, full scale 1. */
  float[] read(int from, int length) {
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      x[i] = samples.get(from + i) / FULL_SCALE;
    }
    return x;
  }
}
