package dev.declip.desktop.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.declip.audio.AudioInfo;
import dev.declip.clipping.ClipLevels;
import dev.declip.io.SafeOutputFile;
import dev.declip.restore.file.ExportResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The history of an export as JSON beside the exported audio ({@code song-declipped.flac} gets
 * {@code song-declipped.declip-log.json}): the app's version, the input, the output with its gain
 * and peak, and every restore of the history with its algorithm, model (file and SHA-256), device,
 * settings, clip levels, range, time taken, samples changed and peak, the exported one marked. So a
 * client's file can be traced back to how it was made.
 */
public final class ProcessingLog {
  static final String SUFFIX = ".declip-log.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  record Log(
      String app,
      String version,
      String written,
      Input input,
      Output output,
      List<Entry> entries) {}

  record Input(String file, int sampleRate, int channels, long frames) {}

  record Output(String file, String format, double gainDb, double peakDbfs, int entry) {}

  record Entry(
      int number,
      Integer basedOn,
      String algorithm,
      String choice,
      Model model,
      String device,
      double tau,
      boolean consistent,
      Range range,
      double seconds,
      long samplesChanged,
      double peakDbfs,
      double peakAboveClipDb,
      List<Level> clipLevels,
      List<String> notes,
      boolean exported) {}

  record Model(String file, String sha256) {}

  record Range(long startFrame, long endFrame, double startSeconds, double endSeconds) {}

  record Level(int channel, Float positive, Float negative) {}

  private ProcessingLog() {}

  /** Where the log of {@code audio} goes. */
  public static Path beside(Path audio) {
    String name = audio.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return audio.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
  }

  /**
   * Writes the log of an export (through a temporary file, so a failed write leaves no half log).
   *
   * @param entries the whole history, in the order the restores were made
   * @param exportedEntry the entry written to {@code result.file()}
   * @param exported the entries written to a file before, this one included
   * @return the log file
   */
  public static Path write(
      Path input,
      AudioInfo info,
      List<HistoryEntry> entries,
      HistoryEntry exportedEntry,
      List<HistoryEntry> exported,
      ExportResult result)
      throws IOException {
    ModelHashes hashes = new ModelHashes();
    List<Entry> logged = new ArrayList<>();
    for (HistoryEntry e : entries) {
      logged.add(entry(e, hashes, exported.contains(e) || e == exportedEntry));
    }
    Log log =
        new Log(
            "Declip Studio",
            version(),
            Instant.now().toString(),
            new Input(
                input.toAbsolutePath().toString(),
                info.sampleRate(),
                info.channels(),
                info.frames()),
            new Output(
                result.file().toAbsolutePath().toString(),
                result.format().container() + " " + result.format().encoding(),
                result.gainDb(),
                ClipLevels.toDbfs(result.peak()) + result.gainDb(),
                exportedEntry.number()),
            logged);
    Path destination = beside(result.file());
    try (SafeOutputFile out = SafeOutputFile.beside(destination, true)) {
      JSON.writeValue(out.temporary().toFile(), log);
      out.commit();
    }
    return destination;
  }

  private static Entry entry(HistoryEntry e, ModelHashes hashes, boolean exported)
      throws IOException {
    var request = e.request();
    Optional<Path> model = request.model();
    List<Level> levels = new ArrayList<>();
    for (int c = 0; c < e.levels().size(); c++) {
      Optional<ClipLevels> l = e.levels().get(c);
      levels.add(
          new Level(
              c,
              l.map(ClipLevels::positive).orElse(null),
              l.map(ClipLevels::negative).orElse(null)));
    }
    double rate = e.sampleRate();
    return new Entry(
        e.number(),
        e.basedOn() == null ? null : e.basedOn().number(),
        e.outcome().algorithm(),
        request.algorithm().name(),
        model.isEmpty()
            ? null
            : new Model(model.get().toAbsolutePath().toString(), hashes.sha256(model.get())),
        request.inference().device().name(),
        request.tau(),
        request.consistent(),
        new Range(
            request.range().start(),
            request.range().end(),
            request.range().start() / rate,
            request.range().end() / rate),
        e.took().toNanos() / 1e9,
        e.samplesChanged(),
        e.peakDbfs(),
        e.outcome().stats().peakAboveClipDb(),
        levels,
        e.outcome().notes(),
        exported);
  }

  /** The version Maven wrote in at build time ("unknown" when run from an IDE's classes). */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = ProcessingLog.class.getResourceAsStream("studio-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
