package dev.declip.training.cli;

import ai.djl.ndarray.NDManager;
import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.UNetSpec;
import dev.declip.progress.Cancellation;
import dev.declip.training.bench.JavaTrainingThroughput;
import dev.declip.training.bench.PythonBaseline;
import dev.declip.training.bench.ThroughputResult;
import dev.declip.training.bench.ThroughputSetup;
import dev.declip.training.net.PyTorchRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code declip-train benchmark}: training throughput, DJL against PyTorch from Python. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measures training throughput of the bias-free UNet: the real training step (MC + EI, two"
          + " passes, backward, Adam) on a batch of clipped signals, in seconds per step, seconds"
          + " of audio per second and GFLOP/s; then the same step in PyTorch from Python"
          + " (bench/torch_unet_step.py, Debian's python3-torch) and the ratio.",
      "Run it on an idle machine: the ratio is what to compare."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train benchmark --threads 2",
      "  declip-train benchmark --depth 3 --batch-size 8 --length 22050 --steps 5"
    })
final class BenchmarkCommand extends ConsoleCommand {

  @Mixin UNetShapeOptions shape;

  @Option(names = "--batch-size", defaultValue = "8", description = "Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(
      names = "--length",
      defaultValue = "22050",
      description = "Samples per window (at 22 050 Hz). Default: ${DEFAULT-VALUE}.")
  int length;

  @Option(names = "--steps", defaultValue = "5", description = "Timed steps (median reported).")
  int steps;

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed first steps.")
  int warmup;

  @Option(
      names = "--python",
      defaultValue = "/usr/bin/python3",
      description = "The Python with torch for the baseline. Default: ${DEFAULT-VALUE}.")
  Path python;

  @Option(names = "--no-python", description = "Skip the Python baseline.")
  boolean noPython;

  @Mixin RuntimeOptionsMixin runtime;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    UNetSpec unet = shape.spec(true);
    int threads =
        runtime.threads > 0 ? runtime.threads : Runtime.getRuntime().availableProcessors();
    ThroughputSetup setup =
        new ThroughputSetup(unet, batch, length, 22_050, steps, warmup, threads);
    PyTorchRuntime torch = PyTorchRuntime.start(runtime.runtime(42));
    torch.messages().forEach(err::println);
    out.printf(
        Locale.ROOT,
        "Training step of the bias-free UNet %s, batch %d x %d samples, MC + EI (two passes),"
            + " Adam, %d threads%n",
        unet.toJson(),
        batch,
        length,
        threads);
    ThroughputResult java;
    try (NDManager manager = torch.newManager();
        TerminalProgress bar = progressBar("benchmark")) {
      java =
          JavaTrainingThroughput.measure(
              setup,
              manager,
              done -> bar.progress("DJL steps", done, warmup + steps),
              cancellation);
    }
    print(out, java);
    if (!noPython) {
      Optional<Path> script = PythonBaseline.script();
      Optional<ThroughputResult> python =
          script.isEmpty()
              ? Optional.empty()
              : PythonBaseline.measure(this.python, script.get(), setup, err::println);
      if (script.isEmpty()) {
        err.println("bench/torch_unet_step.py not found; no Python baseline");
      }
      python.ifPresent(
          p -> {
            print(out, p);
            out.printf(
                Locale.ROOT,
                "throughput ratio DJL / Python: %.2f%n",
                p.secondsPerStep() / java.secondsPerStep());
          });
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, ThroughputResult r) {
    out.printf(
        Locale.ROOT,
        "%-22s %7.3f s/step  %7.3f s of audio per second  %6.2f GFLOP/s%n",
        r.name(),
        r.secondsPerStep(),
        r.audioPerSecond(),
        r.gflops());
  }
}
