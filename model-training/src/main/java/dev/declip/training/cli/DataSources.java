package dev.declip.training.cli;

import dev.declip.training.data.CleanClipping;
import dev.declip.training.fit.DataSource;
import java.nio.file.Path;

/** Turns the data options shared by {@code fit} and {@code evaluate} into a {@link DataSource}. */
final class DataSources {

  private DataSources() {}

  static DataSource of(Path data, Path clean, Float clipLevel, Double inputSdr) {
    if (data != null) {
      return new DataSource.Clipped(data);
    }
    CleanClipping clipping =
        clipLevel != null
            ? new CleanClipping.AtLevel(clipLevel)
            : new CleanClipping.AtInputSdr(inputSdr);
    return new DataSource.Clean(clean, clipping);
  }
}
