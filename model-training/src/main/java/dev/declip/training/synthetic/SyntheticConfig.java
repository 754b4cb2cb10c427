package dev.declip.training.synthetic;

import java.nio.file.Path;
import java.util.List;

/**
 * What the synthetic experiment runs: the grid over subspace dimension {@code d} and clipped
 * fraction {@code v} (Fig. 5), the sweep over {@code g_max} at one cell (Fig. 6), and how each cell
 * trains. Gains are uniform on {@code [gMin, gMax]}; the paper's synthetic default is [0.5, 1.5].
 *
 * @param dims subspace dimensions {@code d} of the grid
 * @param fractions clipped fractions {@code v} of the grid, in (0, 1)
 * @param gMaxValues upper gain bounds of the sweep (each above {@code gMin}); empty to skip it
 * @param sweepDim {@code d} of the sweep (the paper: 10)
 * @param sweepFraction {@code v} of the sweep (the paper: 0.3)
 * @param gMin lower gain bound, shared by grid and sweep
 * @param gMax upper gain bound of the grid
 * @param supervised also train each grid cell with eq. 2, for comparison
 * @param network the MLP and its training
 * @param seed seeds the subspaces, signals, weights and gains
 * @param outputDir where the CSV and PNGs go
 */
public record SyntheticConfig(
    List<Integer> dims,
    List<Double> fractions,
    List<Double> gMaxValues,
    int sweepDim,
    double sweepFraction,
    double gMin,
    double gMax,
    boolean supervised,
    TrainingSettings network,
    long seed,
    Path outputDir) {

  public static final int SIGNAL_LENGTH = 100;

  public SyntheticConfig {
    dims = List.copyOf(dims);
    fractions = List.copyOf(fractions);
    gMaxValues = List.copyOf(gMaxValues);
    if (dims.isEmpty() || fractions.isEmpty()) {
      throw new IllegalArgumentException("the grid needs at least one d and one v");
    }
    for (int d : dims) {
      if (d < 1 || d > SIGNAL_LENGTH) {
        throw new IllegalArgumentException(
            "subspace dimension " + d + " is outside [1, " + SIGNAL_LENGTH + "]");
      }
    }
    for (double v : fractions) {
      if (!(v > 0 && v < 1)) {
        throw new IllegalArgumentException("clipped fraction " + v + " is outside (0, 1)");
      }
    }
    for (double g : gMaxValues) {
      if (!(g > gMin)) {
        throw new IllegalArgumentException("g_max " + g + " must exceed g_min " + gMin);
      }
    }
  }

  /** A 5 x 5 grid and a 7-point sweep, sized to finish in minutes on 2 cores. */
  public static SyntheticConfig defaults(Path outputDir) {
    return new SyntheticConfig(
        List.of(1, 5, 10, 20, 50),
        List.of(0.1, 0.2, 0.3, 0.4, 0.5),
        List.of(0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0),
        10,
        0.3,
        0.5,
        1.5,
        false,
        TrainingSettings.defaults(),
        1,
        outputDir);
  }

  /** A denser grid over the whole range of d and v, for long runs. */
  public static SyntheticConfig full(Path outputDir) {
    SyntheticConfig defaults = defaults(outputDir);
    return new SyntheticConfig(
        List.of(1, 2, 5, 10, 20, 30, 50, 70, 100),
        List.of(0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
        List.of(0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0),
        10,
        0.3,
        0.5,
        1.5,
        true,
        defaults.network(),
        defaults.seed(),
        outputDir);
  }
}
