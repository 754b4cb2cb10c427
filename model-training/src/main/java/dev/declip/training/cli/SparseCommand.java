package dev.declip.training.cli;

import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.best.BestRestoration;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.choice.RestorationAlgorithms;
import dev.declip.restore.sparse.ASpade;
import dev.declip.restore.sparse.SeededSpade;
import dev.declip.restore.sparse.SpadeSettings;
import dev.declip.training.data.DataException;
import dev.declip.training.quality.BenchmarkSet;
import dev.declip.training.quality.BenchmarkSets;
import dev.declip.training.quality.ModelRoster;
import dev.declip.training.quality.SparseSweep;
import dev.declip.training.quality.SparseSweep.Row;
import dev.declip.training.quality.SparseSweep.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code declip-train sparse}: where A-SPADE's time goes, and the seeded refinement's sweeps. */
@Command(
    name = "sparse",
    mixinStandardHelpOptions = true,
    description = {
      "Runs A-SPADE and the network-seeded refinement in configurations on a benchmark set and"
          + " prints SDR, milliseconds of compute per second of audio (refinement and seed apart),"
          + " the total against the first row of the same run, iterations per frame (mean, median,"
          + " 90th percentile, max), the share of frames touched and of those left unconverged.",
      "Sweeps: profile (plain A-SPADE, and the FFT's share), epsilon, seed (network, cubic, none),"
          + " share (k0), growth (of k), cap (iterations per frame); each varies one setting of"
          + " the default refinement."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train sparse --data target/bench-data --sets table2 --sweeps profile,seed",
    })
final class SparseCommand extends ConsoleCommand {

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "bench data")
  Path data;

  @Option(
      names = "--sets",
      split = ",",
      defaultValue = "table2",
      description = "Sets (table2, table3, speech, rock, songs2..4). Default: ${DEFAULT-VALUE}.")
  List<String> sets;

  @Option(
      names = "--input-sdr",
      defaultValue = "14",
      description = "Input SDR the other kinds of audio are clipped to. Default: ${DEFAULT-VALUE}.")
  double inputSdr;

  @Option(
      names = "--model",
      paramLabel = "MODEL.onnx",
      description = "The seed network. Default: the shipped model of the models folder.")
  Path model;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads of A-SPADE and of the network. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--segments",
      defaultValue = "0",
      description =
          "At most N segments per set, evenly spaced (0: all). Default: ${DEFAULT-VALUE}.")
  int segments;

  @Option(
      names = "--sweeps",
      split = ",",
      defaultValue = "profile,epsilon,seed,share,growth,cap",
      description = "Which sweeps. Default: ${DEFAULT-VALUE}.")
  List<String> sweeps;

  @Option(
      names = "--refine",
      split = ",",
      defaultValue = "0.1,0.95,1.1,30",
      description =
          "The refinement the sweeps vary around: epsilon (clip level = 1), k0 share, growth, cap."
              + " Default: ${DEFAULT-VALUE}.")
  List<Double> refine;

  @Option(
      names = "--epsilons",
      split = ",",
      defaultValue = "0.2,0.3,0.5,1.0",
      description = "The epsilon sweep's values (plain A-SPADE). Default: ${DEFAULT-VALUE}.")
  List<Double> epsilons;

  @Option(
      names = "--reclip",
      split = ",",
      defaultValue = "0.8",
      description = "The guard sweep's re-clip ratios. Default: ${DEFAULT-VALUE}.")
  List<Double> reclipRatios;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Append the tables as Markdown.")
  Path markdown;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException, DataException {
    PrintWriter out = out();
    Path modelFile =
        model != null ? model : Path.of("assets", "models").resolve(ModelRoster.SHIPPED);
    for (String name : sets) {
      BenchmarkSet set = BenchmarkSets.named(name, data, inputSdr).spread(segments);
      List<Row> rows = new ArrayList<>();
      try (TerminalProgress bar = progressBar("sparse")) {
        SparseSweep sweep = new SparseSweep(set, threads, bar, cancellation);
        Seeds clipped = sweep.clippedInput();
        Seeds network;
        try (OpenedAlgorithm opened =
            RestorationAlgorithms.open(
                Optional.of(AlgorithmChoice.NEURAL),
                Optional.of(modelFile),
                new InferenceOptions(DeviceChoice.CPU, threads))) {
          sweep.seeds("network (warm-up)", opened.algorithm());
          network = sweep.seeds("network", opened.algorithm());
        }
        SpadeSettings plain = SpadeSettings.DEFAULTS;
        SpadeSettings best =
            new SpadeSettings(
                refine.get(0),
                plain.windowAt22050(),
                refine.get(3).intValue(),
                refine.get(1),
                refine.get(2));
        sweep.run("warm-up", best, network, false);
        if (sweeps.contains("profile")) {
          rows.add(sweep.run("A-SPADE, epsilon 0.1 (clip level)", plain, clipped, false));
          double pair = ASpade.transformPairMicros(plain, set.sampleRate(), 5000);
          Row r = rows.get(rows.size() - 1);
          double fftMillisPerSecond =
              pair * r.iterations().length * r.meanIterations() / 1e3 / set.seconds();
          out.printf(
              Locale.ROOT,
              "%s: one analysis + synthesis %.1f us; FFTs %.0f ms of CPU per s of audio against"
                  + " %.0f ms of wall time per s on %d threads (%.0f %% of the CPU time if the"
                  + " threads ran all the time)%n",
              set.title(),
              pair,
              fftMillisPerSecond,
              r.millisPerSecond(),
              threads,
              100 * fftMillisPerSecond / (threads * r.millisPerSecond()));
        }
        if (sweeps.contains("epsilon")) {
          for (double eps : epsilons) {
            rows.add(
                sweep.run(
                    "A-SPADE, epsilon " + eps + " (clip level)",
                    plain.withEpsilon(eps),
                    clipped,
                    false));
          }
          rows.add(
              sweep.run("A-SPADE, survey epsilon 0.1 of the clean peak", plain, clipped, true));
          for (double eps : epsilons) {
            rows.add(
                sweep.run("network seed, epsilon " + eps, best.withEpsilon(eps), network, false));
          }
        }
        rows.add(sweep.seedOnly(network));
        if (sweeps.contains("seed") || sweeps.contains("refine")) {
          rows.add(sweep.run("refined from the network: " + refine, best, network, false));
        }
        if (sweeps.contains("seed")) {
          Seeds cubic;
          try (CubicInterpolation c = new CubicInterpolation()) {
            cubic = sweep.seeds("cubic", c);
          }
          rows.add(sweep.seedOnly(cubic));
          rows.add(sweep.run("refined from cubic", best, cubic, false));
          rows.add(sweep.run("refined from the clipped input", best, clipped, false));
          rows.add(
              sweep.run(
                  "seeded from the network, A-SPADE's schedule (k0 1, k+1, cap 4000)",
                  plain,
                  network,
                  false));
        }
        if (sweeps.contains("guard")) {
          try (OpenedAlgorithm opened =
              RestorationAlgorithms.open(
                  Optional.of(AlgorithmChoice.NEURAL),
                  Optional.of(modelFile),
                  new InferenceOptions(DeviceChoice.CPU, threads))) {
            SeededSpade refinement = new SeededSpade(opened.algorithm(), new ASpade(best, threads));
            for (double ratio : reclipRatios) {
              out.println(
                  "re-clip at "
                      + ratio
                      + " of the level: "
                      + sweep.guard(new BestRestoration(refinement, ratio), refinement));
              out.flush();
            }
          }
        }
        if (sweeps.contains("share")) {
          for (double share : new double[] {0.8, 0.9, 0.99}) {
            rows.add(
                sweep.run(
                    "network seed, k0 share " + share,
                    best.withSchedule(share, best.growth()),
                    network,
                    false));
          }
        }
        if (sweeps.contains("growth")) {
          for (double growth : new double[] {1.0, 1.05, 1.2, 1.35}) {
            rows.add(
                sweep.run(
                    "network seed, k growth x" + growth,
                    best.withSchedule(best.startShare(), growth),
                    network,
                    false));
          }
        }
        if (sweeps.contains("cap")) {
          for (int cap : new int[] {10, 20, 60, 120}) {
            rows.add(
                sweep.run("network seed, cap " + cap, best.withMaxIterations(cap), network, false));
          }
        }
      }
      String table = SparseSweep.toMarkdown(set, rows);
      out.println(table);
      out.flush();
      if (markdown != null) {
        Files.writeString(
            markdown,
            table + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    }
    return ExitCode.OK;
  }
}
