package dev.declip.training.cli;

import dev.declip.bundle.BundledFiles;
import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.DataException;
import dev.declip.training.quality.BenchmarkSet;
import dev.declip.training.quality.BenchmarkSets;
import dev.declip.training.quality.Contender;
import dev.declip.training.quality.ModelRoster;
import dev.declip.training.quality.QualityBenchmark;
import dev.declip.training.quality.QualityTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code declip-bench} ({@code declip-train quality}): the restoration-quality tables. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every restoration side by side on sets with ground truth and prints, per set, the"
          + " mean +- std SDR, the gain over the clipped input and the milliseconds of compute"
          + " per second of audio: the clipped input, cubic interpolation, A-SPADE, the paper's"
          + " networks (supervised with mask, MC+EI without and with mask), their variants, and"
          + " the shipped default model.",
      "Sets (from bench/prepare-bench.sh): table2 = the paper's 1-second segments of held-out"
          + " tracks clipped at 0.1; sdr22050, sdr44100 = 5-second excerpts clipped to each"
          + " --input-sdr; table3 = another genre, trained on music only."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip-bench                                  (prepares the data, then every set)",
      "  declip-train quality --data target/bench-data --sets table2 --markdown table2.md"
    })
final class QualityCommand extends ConsoleCommand {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      description = "The folder bench/prepare-bench.sh wrote.")
  Path data;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "The models folder. Default: the installed or checked-out assets/models.")
  Path models;

  @Option(
      names = "--sets",
      split = ",",
      defaultValue = "table2,sdr22050,sdr44100,table3",
      description = "Which sets, in order. Default: ${DEFAULT-VALUE}.")
  List<String> sets;

  @Option(
      names = "--input-sdr",
      split = ",",
      defaultValue = "1,3,5,7,10,15",
      description = "Input SDRs of the excerpt sets (dB). Default: ${DEFAULT-VALUE}.")
  List<Double> inputSdrs;

  @Option(
      names = "--table3-input-sdr",
      defaultValue = "14",
      description =
          "Input SDR the other genre is clipped to, close to Table II's mean input (its raw level"
              + " differs, so a fixed 0.1 would clip half of it). Default: ${DEFAULT-VALUE}.")
  double table3InputSdr;

  @Option(
      names = "--markdown",
      paramLabel = "FILE",
      description = "Also write the tables as Markdown.")
  Path markdown;

  @Mixin RuntimeOptionsMixin runtime;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException, DataException {
    PrintWriter out = out();
    PrintWriter err = err();
    // Each note once, however many sets repeat it.
    Set<String> seen = new HashSet<>();
    Consumer<String> note =
        n -> {
          if (seen.add(n)) {
            err.println(n);
          }
        };
    Path modelDir = models != null ? models : defaultModels();
    ModelRoster roster =
        new ModelRoster(modelDir, new InferenceOptions(runtime.device, runtime.threads), note);
    List<QualityTable> tables = new ArrayList<>();
    try (TerminalProgress bar = progressBar("benchmark")) {
      QualityBenchmark bench = new QualityBenchmark(bar, cancellation, note);
      for (String set : sets) {
        for (SetAndRows s : expand(set, roster)) {
          QualityTable table = bench.run(s.set().load(), s.rows());
          tables.add(table);
          out.println(table.toText());
          out.flush();
        }
      }
    }
    if (markdown != null) {
      StringBuilder md = new StringBuilder();
      tables.forEach(t -> md.append(t.toMarkdown()).append('\n'));
      Files.writeString(markdown, md, StandardCharsets.UTF_8);
    }
    return ExitCode.OK;
  }

  private record SetAndRows(Loader set, List<Contender> rows) {}

  /** Sets are cut only when their turn comes, so a long run prints its first table early. */
  @FunctionalInterface
  private interface Loader {
    BenchmarkSet load() throws DataException;
  }

  private List<SetAndRows> expand(String set, ModelRoster roster) {
    List<SetAndRows> out = new ArrayList<>();
    switch (set) {
      case "table2" ->
          out.add(
              new SetAndRows(
                  () ->
                      BenchmarkSets.oneSecond(
                          "Table II: 1-second segments of the held-out wesnoth tracks, clipped at"
                              + " 0.1",
                          data.resolve("wesnoth/test"),
                          22050),
                  roster.paperTable(true)));
      case "sdr22050", "sdr44100" -> {
        int rate = Integer.parseInt(set.substring(3));
        for (double db : inputSdrs) {
          out.add(
              new SetAndRows(
                  () -> BenchmarkSets.atInputSdr(data.resolve("excerpts-" + rate), db, rate, 5.0),
                  roster.paperTable(false)));
        }
      }
      case "table3" ->
          out.add(
              new SetAndRows(
                  () ->
                      BenchmarkSets.oneSecondAtInputSdr(
                          "Table III: 1-second segments of another genre (frozen-bubble),"
                              + " clipped to "
                              + table3InputSdr
                              + " dB input SDR",
                          data.resolve("genre"),
                          table3InputSdr,
                          22050),
                  roster.otherAudioTable()));
      default ->
          throw new IllegalArgumentException(
              "unknown set '" + set + "': choose from table2, sdr22050, sdr44100, table3");
    }
    return out;
  }

  private static Path defaultModels() {
    return BundledFiles.modelsFolder().orElse(Path.of("assets", "models"));
  }
}
