package dev.declip.cli;

import dev.declip.clipping.ClippingReport;
import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.progress.Cancellation;
import dev.declip.restore.file.ClippingScan;
import dev.declip.samples.DecodedAudio;
import dev.declip.samples.DiskSampleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description =
        "Finds the clip levels of each channel and polarity and reports how much clipped.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip detect song.wav",
      "  declip detect --json *.flac > report.json",
      "  declip detect -l -1dB song.mp3"
    })
final class DetectCommand extends ConsoleCommand {

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Audio files (WAV, AIFF, FLAC, MP3, Ogg Vorbis).")
  List<Path> files;

  @Option(names = "--json", description = "Print the report as JSON on stdout.")
  boolean json;

  @Mixin LevelOptions levels;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    var override = levels.override();
    List<String> jsonReports = new ArrayList<>();
    ExitCode exit = ExitCode.OK;
    for (Path file : files) {
      try (TerminalProgress bar = progressBar(file.getFileName().toString())) {
        ClippingReport report;
        // Decoded once; the analysis's two passes read the floats, as a restore's do.
        try (DecodedAudio decoded = DiskSampleStore.decode(file, bar, cancellation)) {
          report =
              ClippingScan.run(decoded.samples(), decoded.info(), override, bar, cancellation)
                  .report();
        }
        bar.close();
        if (json) {
          jsonReports.add(JsonText.object("file", file.toString(), "clipping", report.toJson()));
        } else {
          out().println(file);
          out().println(report.toText());
        }
      } catch (IOException e) {
        err().println("declip: " + e.getMessage());
        exit = ExitCode.FAILED;
      }
    }
    if (json) {
      out().println(JsonText.array(jsonReports));
    }
    return exit;
  }
}
