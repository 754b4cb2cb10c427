package dev.declip.training.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code declip-train}: trains, evaluates and exports declipping models. */
@Command(
    name = "declip-train",
    mixinStandardHelpOptions = true,
    versionProvider = TrainVersion.class,
    description = {
      "Trains the bias-free UNet that restores clipped audio, from clipped recordings alone "
          + "(the MC + EI loss) or from clean audio (supervised), and exports it to ONNX for "
          + "declip and Declip Studio."
    },
    subcommands = {
      FitCommand.class,
      EvaluateCommand.class,
      ExportCommand.class,
      SyntheticCommand.class,
      BenchmarkCommand.class,
      QualityCommand.class,
      SparseCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-train fit --data my-clipped-songs/ --epochs 2 -o my-model.onnx",
      "  declip-train fit --data my-clipped-songs/ --init assets/models/declip-default.onnx"
          + " --epochs 5 -o tuned.onnx",
      "  declip-train fit --clean clean-music/ --clip-level 0.1 --loss supervised -o sup.onnx",
      "  declip-train evaluate --model my-model.onnx --clean held-out/ --input-sdr 5",
      "  declip-train synthetic -o synthetic-results/",
      "  declip-train benchmark"
    })
public final class TrainCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  public static void main(String[] args) {
    System.exit(
        execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line with its output sent to the given writers; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new TrainCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> 1);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          e.getCommandLine().getErr().println("declip-train: " + e.getMessage());
          e.getCommandLine()
              .getErr()
              .println(
                  "Try '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help' for more information.");
          return 2;
        });
    return cli.execute(args);
  }
}
