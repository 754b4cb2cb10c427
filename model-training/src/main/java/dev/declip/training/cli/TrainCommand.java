package dev.declip.training.cli;

import dev.declip.console.CommandLines;
import dev.declip.console.ExitCode;
import dev.declip.console.SourceTreeAssets;
import java.io.PrintWriter;
import java.util.List;
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
    SourceTreeAssets.useUnlessLaunched();
    System.exit(
        execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line with its output sent to the given writers; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return CommandLines.run(
        new TrainCommand(),
        List.of(ExitCode.OK, ExitCode.FAILED, ExitCode.USAGE, ExitCode.CANCELLED),
        out,
        err,
        args);
  }
}
