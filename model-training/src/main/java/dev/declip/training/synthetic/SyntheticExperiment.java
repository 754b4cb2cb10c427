package dev.declip.training.synthetic;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.training.loss.ObjectiveKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's synthetic experiment (Sec. IV.A, IV.C): MC + EI over the (d, v) grid (Fig. 5), and
 * over g_max at one cell (Fig. 6); optionally the supervised loss on the grid for comparison. Cells
 * train one after another: DJL allows one gradient collector at a time, and PyTorch already uses
 * every configured thread inside each step.
 */
public final class SyntheticExperiment {

  private SyntheticExperiment() {}

  /**
   * Trains every cell and writes {@code synthetic.csv}, one heat map per objective and the g_max
   * plot into the output folder.
   *
   * @param listener told after each cell, with the cell's result as the stage text
   * @throws IOException naming the output file that could not be written
   */
  public static SyntheticResults run(
      SyntheticConfig config, ProgressListener listener, Cancellation cancellation)
      throws IOException {
    long start = System.nanoTime();
    List<ObjectiveKind> objectives = new ArrayList<>(List.of(ObjectiveKind.MC_EI));
    if (config.supervised()) {
      objectives.add(ObjectiveKind.SUPERVISED);
    }
    int total =
        objectives.size() * config.dims().size() * config.fractions().size()
            + config.gMaxValues().size();
    CellTrainer trainer = new CellTrainer(config.network());
    List<CellResult> cells = new ArrayList<>();
    for (ObjectiveKind objective : objectives) {
      for (int dim : config.dims()) {
        for (double fraction : config.fractions()) {
          cells.add(
              trainer.train(
                  CellResult.GRID,
                  objective,
                  dim,
                  fraction,
                  config.gMin(),
                  config.gMax(),
                  config.seed(),
                  cancellation));
          listener.progress(cells.get(cells.size() - 1).describe(), cells.size(), total);
        }
      }
    }
    for (double gMax : config.gMaxValues()) {
      cells.add(
          trainer.train(
              CellResult.GMAX,
              ObjectiveKind.MC_EI,
              config.sweepDim(),
              config.sweepFraction(),
              config.gMin(),
              gMax,
              config.seed(),
              cancellation));
      listener.progress(cells.get(cells.size() - 1).describe(), cells.size(), total);
    }
    return write(config, objectives, cells, (System.nanoTime() - start) / 1e9);
  }

  private static SyntheticResults write(
      SyntheticConfig config,
      List<ObjectiveKind> objectives,
      List<CellResult> cells,
      double seconds)
      throws IOException {
    Path dir = config.outputDir();
    Files.createDirectories(dir);
    Path csv = dir.resolve("synthetic.csv");
    ResultsCsv.write(csv, cells);
    List<Path> charts = new ArrayList<>();
    for (ObjectiveKind objective : objectives) {
      Path png =
          dir.resolve("synthetic-grid-" + objective.name().toLowerCase(Locale.ROOT) + ".png");
      List<CellResult> grid =
          cells.stream()
              .filter(c -> c.study().equals(CellResult.GRID) && c.objective() == objective)
              .toList();
      HeatMapChart.write(
          png,
          "Mean test SDR (dB), " + objective + " (Fig. 5)",
          config.dims(),
          config.fractions(),
          grid);
      charts.add(png);
    }
    List<CellResult> sweep = cells.stream().filter(c -> c.study().equals(CellResult.GMAX)).toList();
    if (!sweep.isEmpty()) {
      Path png = dir.resolve("synthetic-gmax.png");
      GainSweepChart.write(png, sweep);
      charts.add(png);
    }
    return new SyntheticResults(cells, csv, charts, seconds);
  }
}
