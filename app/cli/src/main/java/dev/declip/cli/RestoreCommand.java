package dev.declip.cli;

import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import dev.declip.console.ConsoleCommand;
import dev.declip.console.ExitCode;
import dev.declip.console.TerminalProgress;
import dev.declip.progress.Cancellation;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.file.FileRestorer;
import dev.declip.restore.file.GainPolicy;
import dev.declip.restore.file.NoClippingException;
import dev.declip.restore.file.RestoreResult;
import dev.declip.restore.file.RestoreSettings;
import dev.declip.restore.file.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores the clipped samples of audio files. Unclipped samples are kept exactly; the input"
          + " is never overwritten and a failed or cancelled restore leaves no partial file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  declip restore song.wav -o song-restored.wav",
      "  declip restore song.mp3 -o song.flac --bits 24",
      "  declip restore take*.wav --out-dir restored/ --bits 32f",
      "  declip restore song.wav -o out.wav --algorithm cubic --levels -0.3dB",
      "  declip restore song.wav -o out.wav --model my.onnx --device gpu --tau 0.9",
      "  declip restore song.flac -o out.flac --from 1:05 --to 1:20.5",
      "  declip restore song.wav -o out.wav --bits 24 --gain limit --ceiling -1 --makeup 2"
    })
final class RestoreCommand extends ConsoleCommand {

  @Parameters(
      paramLabel = "IN",
      arity = "1..*",
      description = "Clipped audio files (WAV, AIFF, FLAC, MP3, Ogg Vorbis).")
  List<Path> inputs;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  static final class Destination {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        description = "Output file (.wav or .flac); one input only.")
    Path output;

    @Option(
        names = "--out-dir",
        paramLabel = "DIR",
        description = "Output folder; each output is named IN-declipped.EXT.")
    Path outDir;
  }

  @Option(
      names = "--format",
      paramLabel = "FMT",
      description =
          "wav or flac, for --out-dir (with -o it must agree with OUT's extension). Default: the"
              + " input's when writable, else wav.")
  String format;

  @Option(
      names = "--bits",
      paramLabel = "BITS",
      converter = Converters.Encoding.class,
      description =
          "16, 24 or 32f (32-bit float, keeps restored peaks above full scale). Default: the"
              + " input's.")
  SampleEncoding bits;

  @Option(
      names = "--gain",
      paramLabel = "GAIN",
      defaultValue = "auto",
      converter = Converters.Gain.class,
      description =
          "auto (integer output: as ceiling; 32-bit float: peaks kept as they are), ceiling (lower"
              + " the gain of the whole file just enough that its true peak meets --ceiling),"
              + " limit (keep the gain; a look-ahead limiter brings restored peaks above --ceiling"
              + " down to it, leaving the rest as it was), none, or a fixed gain in dB (-3)."
              + " Default: ${DEFAULT-VALUE}.")
  GainPolicy gain;

  @Option(
      names = "--ceiling",
      paramLabel = "DBTP",
      defaultValue = "-0.3",
      converter = Converters.Decibels.class,
      description =
          "The highest true peak (ITU-R BS.1770, dBTP) --gain auto, ceiling and limit allow,"
              + " from -20 to 0. Default: ${DEFAULT-VALUE}.")
  double ceiling;

  @Option(
      names = "--makeup",
      paramLabel = "DB",
      converter = Converters.Decibels.class,
      description =
          "A gain in dB applied before the ceiling or the limiter (the ceiling still holds)."
              + " Default: 0.")
  Double makeup;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      converter = Converters.Time.class,
      description =
          "Restore from this time on (seconds, or h:mm:ss); the rest of the file is written as"
              + " decoded. Default: the start.")
  Double from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      converter = Converters.Time.class,
      description = "Restore up to this time (seconds, or h:mm:ss). Default: the end.")
  Double to;

  @Option(
      names = "--tau",
      paramLabel = "TAU",
      defaultValue = "0.95",
      description =
          "Blending threshold of eq. 16, a fraction of the clip level. Default: ${DEFAULT-VALUE}.")
  double tau;

  @Option(
      names = "--no-consistency",
      description = "Skip the projection that keeps clipped samples at or beyond their clip level.")
  boolean noConsistency;

  @Option(names = "--overwrite", description = "Replace existing output files (never the input).")
  boolean overwrite;

  @Mixin AlgorithmOptions algorithmOptions;

  @Mixin LevelOptions levels;

  @Override
  protected ExitCode execute(Cancellation cancellation) throws IOException {
    if (destination.output != null && inputs.size() > 1) {
      throw new IllegalArgumentException("-o takes one input; use --out-dir for several");
    }
    if (destination.outDir != null) {
      if (Files.exists(destination.outDir) && !Files.isDirectory(destination.outDir)) {
        // createDirectories would fail with the bare path as its message.
        throw new IOException(destination.outDir + ": is a file; --out-dir needs a folder");
      }
      Files.createDirectories(destination.outDir);
    }
    checkFormat();
    List<Path> outputs =
        inputs.stream()
            .map(input -> destination.output != null ? destination.output : outputInDir(input))
            .toList();
    OutputPlan.check(inputs, outputs);
    RestoreSettings settings = settings();
    int restored = 0;
    int failed = 0;
    try (OpenedAlgorithm opened = algorithmOptions.open()) {
      opened.notes().forEach(note -> err().println("declip: " + note));
      FileRestorer restorer = new FileRestorer(opened.algorithm(), settings);
      for (int i = 0; i < inputs.size(); i++) {
        Path input = inputs.get(i);
        try (TerminalProgress bar = progressBar(input.getFileName().toString())) {
          RestoreResult result = restorer.restore(input, outputs.get(i), bar, cancellation);
          bar.close();
          out().println(ResultText.summary(result));
          result
              .warnings()
              .forEach(w -> err().println("declip: " + input.getFileName() + ": " + w));
          restored++;
        } catch (NoClippingException e) {
          err().println("declip: " + e.getMessage());
        } catch (IOException e) {
          err().println("declip: " + e.getMessage());
          failed++;
        }
      }
    }
    if (failed > 0) {
      return ExitCode.FAILED;
    }
    return restored == 0 ? ExitCode.NO_CLIPPING : ExitCode.OK;
  }

  /** {@code --format} names a writable container and agrees with {@code -o}'s extension. */
  private void checkFormat() {
    if (format == null) {
      return;
    }
    Container asked =
        Container.fromPath(Path.of("x." + format))
            .filter(Container::writable)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--format " + format + " cannot be written; use wav or flac"));
    if (destination.output != null
        && Container.fromPath(destination.output).filter(asked::equals).isEmpty()) {
      throw new IllegalArgumentException(
          "--format "
              + format
              + " contradicts "
              + destination.output.getFileName()
              + "; -o takes the format from its extension");
    }
  }

  private RestoreSettings settings() {
    RestoreSettings settings =
        RestoreSettings.defaults()
            .withTau(tau)
            .withConsistency(!noConsistency)
            .withGain(gainPolicy())
            .withOverwrite(overwrite);
    if (from != null || to != null) {
      double start = from == null ? 0 : from;
      double end = to == null ? Double.POSITIVE_INFINITY : to;
      if (!(end > start)) {
        throw new IllegalArgumentException("--to must come after --from");
      }
      settings = settings.withSpan(new TimeSpan(start, end));
    }
    if (bits != null) {
      settings = settings.withEncoding(bits);
    }
    var override = levels.override();
    return override.isPresent() ? settings.withLevels(override.get()) : settings;
  }

  /** --gain with --ceiling and --makeup. */
  private GainPolicy gainPolicy() {
    GainPolicy policy;
    try {
      policy = gain.withCeilingDb(ceiling);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ceiling: " + e.getMessage());
    }
    if (makeup == null) {
      return policy;
    }
    if (policy.mode() == GainPolicy.Mode.FIXED && policy.makeupDb() != 0) {
      throw new IllegalArgumentException(
          "--gain "
              + policy.makeupDb()
              + " is a fixed gain already;"
              + " drop --makeup or use --gain none --makeup DB");
    }
    try {
      return policy.withMakeupDb(makeup);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--makeup: " + e.getMessage());
    }
  }

  private Path outputInDir(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension =
        format != null
            ? format
            : Container.fromPath(input)
                .filter(Container::writable)
                .map(Container::defaultExtension)
                .orElse("wav");
    return destination.outDir.resolve(stem + "-declipped." + extension);
  }
}
