package dev.declip.training.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.model.DeviceChoice;
import dev.declip.progress.Cancellation;
import dev.declip.training.net.PyTorchRuntime;
import dev.declip.training.net.RuntimeOptions;
import dev.declip.training.synthetic.SyntheticConfig;
import dev.declip.training.synthetic.SyntheticExperiment;
import dev.declip.training.synthetic.SyntheticResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code declip-train synthetic}: the paper's synthetic experiment (Fig. 5 and Fig. 6). */
@Command(
    name = "synthetic",
    mixinStandardHelpOptions = true,
    description = {
      "Reproduces the paper's synthetic experiment: signals on a random d-dimensional subspace of"
          + " R^100, scaled so that a fraction v of the entries clip at 1, restored by a bias-free"
          + " MLP with a skip connection trained with MC + EI on the clipped signals alone.",
      "Trains one network per (d, v) cell (Fig. 5) and per g_max at d = 10, v = 0.3 (Fig. 6),"
          + " with g uniform on [0.5, g_max], and writes synthetic.csv, a heat map per loss and"
          + " the g_max plot. The default grid takes 10 to 20 minutes on 2 cores; --full several times longer."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train synthetic -o results/synthetic",
      "  declip-train synthetic --dims 1,10,50 --fractions 0.1,0.3 --g-max 1,1.5,3 --steps 500",
      "  declip-train synthetic --full --supervised --threads 2 -o results/full",
      "",
      "Exit codes:",
      "     0   success",
      "     1   the results could not be written (the message says why)",
      "     2   invalid command line",
      "   130   cancelled (Ctrl-C)"
    })
public final class SyntheticCommand extends ConsoleCommand {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "synthetic-results",
      description = "Folder for the CSV and PNGs (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--full",
      description = "The dense grid (9 d x 8 v, 10 g_max, supervised too) instead of the default.")
  boolean full;

  @Option(
      names = "--dims",
      split = ",",
      paramLabel = "D",
      description = "Subspace dimensions of the grid (default 1,5,10,20,50).")
  List<Integer> dims;

  @Option(
      names = "--fractions",
      split = ",",
      paramLabel = "V",
      description = "Clipped fractions of the grid, in (0, 1) (default 0.1,0.2,0.3,0.4,0.5).")
  List<Double> fractions;

  @Option(
      names = "--g-max",
      split = ",",
      paramLabel = "G",
      description = "g_max values of the sweep, each above 0.5 (default 0.75,1,1.25,1.5,2,3,5).")
  List<Double> gMaxValues;

  @Option(names = "--no-sweep", description = "Skip the g_max sweep.")
  boolean noSweep;

  @Option(names = "--supervised", description = "Also train each grid cell with eq. 2.")
  boolean supervised;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Adam steps per cell (default: 1000; batches of 100 of 1000 signals).")
  Integer steps;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "PyTorch threads per step (default: ${DEFAULT-VALUE}; the MLP is small, and more"
              + " threads than idle cores slow it down many times).")
  int threads;

  @Option(names = "--ei-target", defaultValue = "detached", description = EiTarget.DESCRIPTION)
  String eiTarget;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    SyntheticConfig config = config();
    PyTorchRuntime.start(new RuntimeOptions(DeviceChoice.CPU, threads, config.seed()));
    PrintWriter err = err();
    SyntheticResults results =
        SyntheticExperiment.run(
            config,
            (stage, done, total) -> {
              err.printf("[%d/%d] %s%n", done, total, stage);
              err.flush();
            },
            cancellation);
    out().printf("Wrote %s%n", results.csv());
    results.charts().forEach(chart -> out().printf("Wrote %s%n", chart));
    out().printf("%d cells in %.0f s%n", results.cells().size(), results.seconds());
    return ExitCode.OK;
  }

  SyntheticConfig config() {
    SyntheticConfig base = full ? SyntheticConfig.full(output) : SyntheticConfig.defaults(output);
    return new SyntheticConfig(
        dims != null ? dims : base.dims(),
        fractions != null ? fractions : base.fractions(),
        noSweep ? List.of() : gMaxValues != null ? gMaxValues : base.gMaxValues(),
        base.sweepDim(),
        base.sweepFraction(),
        base.gMin(),
        base.gMax(),
        supervised || base.supervised(),
        (steps != null ? base.network().withSteps(steps) : base.network())
            .withDetachedEiTarget(EiTarget.detached(eiTarget)),
        seed,
        output);
  }
}
