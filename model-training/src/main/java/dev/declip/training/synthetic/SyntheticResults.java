package dev.declip.training.synthetic;

import java.nio.file.Path;
import java.util.List;

/**
 * What the synthetic experiment measured and where it wrote it.
 *
 * @param cells every trained cell, grid first, then the g_max sweep
 * @param csv one row per cell
 * @param charts the heat maps (one per objective) and the g_max line plot
 * @param seconds wall time of the whole run
 */
public record SyntheticResults(
    List<CellResult> cells, Path csv, List<Path> charts, double seconds) {

  public SyntheticResults {
    cells = List.copyOf(cells);
    charts = List.copyOf(charts);
  }
}
