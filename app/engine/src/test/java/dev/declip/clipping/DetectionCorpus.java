package dev.declip.clipping;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled detection corpus: excerpts of the game music and speech packages (Debian), clean
 * (masters peaking once, sine sweeps, dense loud tracks; 16-bit, 24-bit and float, float far above
 * full scale), the same clipped digitally at many levels (from a single run of two samples to half
 * the samples; both polarities, one, asymmetric), clipped then coded to MP3 (lame) and Ogg Vorbis
 * (oggenc), and soft-clipped. Every file goes through the engine's writers, readers and {@link
 * ClippingAnalysis}. Needs the packages and lame/oggenc, so it runs on demand only:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl app/engine -am test -Dtest=DetectionCorpus -Ddeclip.corpus=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Writes the table to app/engine/target/detection-corpus.md and each file's outcome beside it.
 */
@EnabledIfSystemProperty(named = "declip.corpus", matches = "true")
class DetectionCorpus {

  private static final String[] SOURCES = {
    "/usr/share/games/wesnoth/1.16/data/core/music/battle-epic.ogg",
    "/usr/share/games/wesnoth/1.16/data/core/music/frantic.ogg",
    "/usr/share/games/hedgewars/Data/Music/Art.ogg",
    "/usr/share/games/hedgewars/Data/Music/hell.ogg",
    "/usr/share/scummvm/drascula/audio/track10.ogg",
    "/usr/share/games/xmoto/Textures/Musics/batcave.ogg",
    "/usr/share/games/asc/music/frontiers.mp3",
    "/usr/share/games/boswars/campaigns/tutorial/level01-01.wav",
  };

  private static final double SECONDS = 4;

  /** Shares of a polarity's samples cut; 0 stands for the highest level with a run of two. */
  private static final double[] SHARES = {0, 1e-3, 1e-2, 0.1, 0.5};

  private static final double LEVEL_TOLERANCE_DB = 0.01;

  @TempDir Path dir;

  /**
   * What one file says: its truth per channel (+level, -level; infinite = that side did not clip).
   */
  private record Case(String group, String name, Path file, float[][] truth, boolean runAtLevel) {}

  private record Outcome(
      Case c, boolean anyFound, boolean exact, boolean spurious, double errorDb) {}

  private final List<Outcome> outcomes = new ArrayList<>();
  private int counter;

  @Test
  void measuresDetectionOverTheCorpus() throws Exception {
    for (String source : SOURCES) {
      Path path = Path.of(source);
      if (!Files.exists(path)) {
        continue;
      }
      float[][] excerpt = excerpt(path);
      String name = path.getFileName().toString();
      clean(name, excerpt);
      for (SampleEncoding encoding : SampleEncoding.values()) {
        for (String mode : new String[] {"both", "positive", "negative", "asymmetric"}) {
          for (double share : SHARES) {
            clipped(name, excerpt, encoding, mode, share, 1f);
          }
        }
      }
      for (double share : SHARES) {
        clipped(name, excerpt, SampleEncoding.FLOAT_32, "both", share, 100f); // +40 dBFS
      }
      for (double share : new double[] {1e-3, 1e-2, 0.1}) {
        coded(name, excerpt, share, "mp3", List.of("lame", "--quiet", "-b", "192"));
        coded(name, excerpt, share, "ogg", List.of("oggenc", "--quiet", "-q", "5"));
      }
      for (double drive : new double[] {2, 4}) {
        soft(name, excerpt, drive);
      }
    }
    sweeps();
    String table = table();
    Path target = Path.of("target");
    Files.writeString(target.resolve("detection-corpus.md"), table);
    StringBuilder details = new StringBuilder();
    for (Outcome o : outcomes) {
      details.append(
          String.format(
              Locale.ROOT,
              "%-12s %-60s found %-5s exact %-5s spurious %-5s error %.4f dB%n",
              o.c().group(),
              o.c().name(),
              o.anyFound(),
              o.exact(),
              o.spurious(),
              o.errorDb()));
    }
    Files.writeString(target.resolve("detection-corpus-files.txt"), details);
    System.out.println(table);
  }

  /** {@code SECONDS} from the middle of a track, as stereo (mono tracks doubled). */
  private static float[][] excerpt(Path track) throws IOException {
    AudioData all = AudioFiles.readAll(track);
    int rate = all.info().sampleRate();
    int frames = (int) Math.min(all.frames(), SECONDS * rate);
    int start = (all.frames() - frames) / 2;
    float[][] out = new float[2][];
    for (int c = 0; c < 2; c++) {
      float[] channel = all.samples()[Math.min(c, all.samples().length - 1)];
      out[c] = Arrays.copyOfRange(channel, start, start + frames);
    }
    return out;
  }

  private void clean(String name, float[][] excerpt) throws IOException {
    float[][] master = scaled(excerpt, 0.999f / peak(excerpt));
    for (SampleEncoding encoding : SampleEncoding.values()) {
      add("clean", name + " master " + encoding, master, encoding, none(2), false);
    }
    add(
        "clean",
        name + " float +40 dBFS",
        scaled(master, 100f),
        SampleEncoding.FLOAT_32,
        none(2),
        false);
  }

  private void sweeps() throws IOException {
    int rate = 44100;
    int frames = (int) (SECONDS * rate);
    float[][] sweep = new float[1][frames];
    double phase = 0;
    for (int i = 0; i < frames; i++) {
      double hz = 20 * Math.pow(1000, i / (double) frames); // 20 Hz to 20 kHz
      phase += 2 * Math.PI * hz / rate;
      sweep[0][i] = (float) (0.999 * Math.sin(phase));
    }
    for (SampleEncoding encoding : SampleEncoding.values()) {
      add("clean", "sine sweep " + encoding, sweep, encoding, none(1), false);
    }
  }

  private void clipped(
      String name,
      float[][] excerpt,
      SampleEncoding encoding,
      String mode,
      double share,
      float gain)
      throws IOException {
    // The clean master (peak just under full scale, or far above it for float), then cut.
    float[][] x = quantised(scaled(excerpt, 0.999f * gain / peak(excerpt)), encoding);
    boolean positive = !mode.equals("negative");
    boolean negative = !mode.equals("positive");
    float plus = positive ? levelFor(x, share, 1, encoding) : Float.POSITIVE_INFINITY;
    float minus =
        negative
            ? levelFor(
                x, mode.equals("asymmetric") ? Math.max(2 * share, 2e-4) : share, -1, encoding)
            : Float.POSITIVE_INFINITY;
    float[][] y = new float[x.length][];
    float[][] truth = new float[x.length][];
    boolean runs = true;
    for (int c = 0; c < x.length; c++) {
      y[c] = new float[x[c].length];
      for (int i = 0; i < x[c].length; i++) {
        y[c][i] = Math.max(-minus, Math.min(plus, x[c][i]));
      }
      truth[c] = new float[] {reached(x[c], plus, 1), reached(x[c], minus, -1)};
    }
    for (int c = 0; c < x.length; c++) {
      for (int side = 0; side < 2; side++) {
        // A side cut only in single samples, no run of two: outside what the goal asks; not
        // counted either way.
        float level = truth[c][side];
        if (Float.isFinite(level) && !hasRun(new float[][] {y[c]}, level, side == 0 ? 1 : -1)) {
          truth[c][side] = Float.NaN;
        }
      }
    }
    for (int side = 0; side < 2; side++) {
      float level = side == 0 ? plus : minus;
      if (Float.isFinite(level)) {
        runs &= hasRun(y, level, side == 0 ? 1 : -1);
      }
    }
    String label = share == 0 ? "one run" : String.format(Locale.ROOT, "%.2f%%", 100 * share);
    String group = gain > 1 ? "float>0dBFS" : "digital";
    add(group, name + " " + encoding + " " + mode + " " + label, y, encoding, truth, runs);
  }

  private void coded(String name, float[][] excerpt, double share, String codec, List<String> tool)
      throws Exception {
    float[][] x = quantised(scaled(excerpt, 0.999f / peak(excerpt)), SampleEncoding.PCM_16);
    float level = Math.min(levelFor(x, share, 1, SampleEncoding.PCM_16), 32767 / 32768f);
    float[][] y = new float[x.length][];
    for (int c = 0; c < x.length; c++) {
      y[c] = new float[x[c].length];
      for (int i = 0; i < x[c].length; i++) {
        y[c][i] = Math.max(-level, Math.min(level, x[c][i]));
      }
    }
    Path wav = write(y, SampleEncoding.PCM_16);
    Path out = dir.resolve((counter++) + "." + codec);
    List<String> command = new ArrayList<>(tool);
    command.add(wav.toString());
    if (codec.equals("ogg")) {
      command.add("-o");
    }
    command.add(out.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
    float[][] truth = {{level, level}, {level, level}};
    String label = String.format(Locale.ROOT, "%.2f%%", 100 * share);
    evaluate(new Case(codec, name + " " + codec + " " + label, out, truth, true));
  }

  private void soft(String name, float[][] excerpt, double drive) throws IOException {
    float[][] x = scaled(excerpt, 1 / peak(excerpt));
    float[][] y = new float[x.length][x[0].length];
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < x[c].length; i++) {
        y[c][i] = (float) (0.98 * Math.tanh(drive * x[c][i]) / Math.tanh(drive));
      }
    }
    add("soft", name + " tanh x" + drive, y, SampleEncoding.PCM_16, none(2), false);
  }

  private void add(
      String group,
      String name,
      float[][] samples,
      SampleEncoding encoding,
      float[][] truth,
      boolean runAtLevel)
      throws IOException {
    evaluate(new Case(group, name, write(samples, encoding), truth, runAtLevel));
  }

  private Path write(float[][] samples, SampleEncoding encoding) throws IOException {
    Path file = dir.resolve((counter++) + ".wav");
    AudioInfo info =
        new AudioInfo(
            Container.WAV,
            44100,
            samples.length,
            encoding.bits(),
            encoding.floatingPoint(),
            samples[0].length);
    AudioFiles.writeAll(
        file, new OutputFormat(Container.WAV, encoding), new AudioData(info, samples));
    return file;
  }

  private void evaluate(Case c) throws IOException {
    ClippingReport report =
        new ClippingAnalysis()
            .analyse(
                () -> AudioFiles.open(c.file()),
                Optional.empty(),
                ProgressListener.NONE,
                Cancellation.NEVER);
    boolean anyFound = false;
    boolean exact = true;
    boolean spurious = false;
    double error = 0;
    for (int ch = 0; ch < c.truth().length; ch++) {
      Optional<ClipLevels> found = report.levels().get(ch);
      float[] detected = {
        found.map(ClipLevels::positive).orElse(Float.POSITIVE_INFINITY),
        found.map(ClipLevels::negative).orElse(Float.POSITIVE_INFINITY)
      };
      for (int side = 0; side < 2; side++) {
        float truth = c.truth()[ch][side];
        float level = detected[side];
        if (Float.isNaN(truth)) {
          continue;
        }
        if (Float.isInfinite(truth)) {
          spurious |= Float.isFinite(level);
          continue;
        }
        anyFound |= Float.isFinite(level);
        double db = Float.isFinite(level) ? Math.abs(20 * Math.log10(level / truth)) : 99;
        error = Math.max(error, db);
        exact &= db <= LEVEL_TOLERANCE_DB;
      }
    }
    outcomes.add(new Outcome(c, anyFound, exact && !spurious, spurious, error));
    Files.delete(c.file());
  }

  /** The level at which {@code share} of one polarity's samples (all channels) is cut. */
  private static float levelFor(float[][] x, double share, int sign, SampleEncoding encoding) {
    float[] side = new float[x.length * x[0].length];
    int n = 0;
    float highestPair = 0;
    for (float[] channel : x) {
      for (int i = 0; i < channel.length; i++) {
        float m = sign * channel[i];
        if (m > 0) {
          side[n++] = m;
        }
        if (i > 0) {
          highestPair = Math.max(highestPair, Math.min(m, sign * channel[i - 1]));
        }
      }
    }
    if (share == 0) {
      return highestPair;
    }
    Arrays.sort(side, 0, n);
    int cut = (int) Math.max(2, Math.round(share * n));
    return side[Math.max(0, n - cut)];
  }

  /** The level, if any sample reaches it, else infinite: that side did not clip. */
  private static float reached(float[] x, float level, int sign) {
    for (float s : x) {
      if (sign * s >= level) {
        return level;
      }
    }
    return Float.POSITIVE_INFINITY;
  }

  private static boolean hasRun(float[][] y, float level, int sign) {
    for (float[] channel : y) {
      for (int i = 1; i < channel.length; i++) {
        if (sign * channel[i] == level && sign * channel[i - 1] == level) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rounds to the encoding's grid, clamped to what it holds; float stays as it is. */
  private static float[][] quantised(float[][] x, SampleEncoding encoding) {
    if (encoding.floatingPoint()) {
      return x;
    }
    double scale = 1L << (encoding.bits() - 1);
    float[][] out = new float[x.length][x[0].length];
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < x[c].length; i++) {
        long q = Math.round(x[c][i] * scale);
        q = Math.max((long) -scale, Math.min((long) scale - 1, q));
        out[c][i] = (float) (q / scale);
      }
    }
    return out;
  }

  private static float peak(float[][] x) {
    float peak = 0;
    for (float[] channel : x) {
      for (float s : channel) {
        peak = Math.max(peak, Math.abs(s));
      }
    }
    return peak;
  }

  private static float[][] scaled(float[][] x, float gain) {
    float[][] out = new float[x.length][x[0].length];
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < x[c].length; i++) {
        out[c][i] = x[c][i] * gain;
      }
    }
    return out;
  }

  private static float[][] none(int channels) {
    float[][] truth = new float[channels][2];
    for (float[] t : truth) {
      Arrays.fill(t, Float.POSITIVE_INFINITY);
    }
    return truth;
  }

  private String table() {
    Map<String, List<Outcome>> groups = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      groups.computeIfAbsent(o.c().group(), g -> new ArrayList<>()).add(o);
    }
    StringBuilder t = new StringBuilder();
    t.append("| set | files | found | at the right level (±0.01 dB) | spurious level |")
        .append(" median / max level error (dB) |\n|---|---:|---:|---:|---:|---:|\n");
    for (var e : groups.entrySet()) {
      row(t, e.getKey(), e.getValue());
      if (e.getKey().equals("digital")) {
        row(
            t,
            "digital, a run of 2+ at the level",
            e.getValue().stream().filter(o -> o.c().runAtLevel()).toList());
        for (String share : new String[] {"one run", "0.10%", "1.00%", "10.00%", "50.00%"}) {
          row(
              t,
              "digital, " + share,
              e.getValue().stream().filter(o -> o.c().name().endsWith(" " + share)).toList());
        }
        for (SampleEncoding encoding : SampleEncoding.values()) {
          row(
              t,
              "digital, " + encoding,
              e.getValue().stream()
                  .filter(o -> o.c().name().contains(" " + encoding + " "))
                  .toList());
        }
      }
    }
    return t.toString();
  }

  private static void row(StringBuilder t, String name, List<Outcome> set) {
    long clipped = set.stream().filter(o -> hasTruth(o.c())).count();
    long found = set.stream().filter(o -> hasTruth(o.c()) && o.anyFound()).count();
    long exact = set.stream().filter(o -> hasTruth(o.c()) && o.exact()).count();
    long spurious = set.stream().filter(Outcome::spurious).count();
    double[] errors =
        set.stream()
            .filter(o -> hasTruth(o.c()) && o.anyFound())
            .mapToDouble(Outcome::errorDb)
            .sorted()
            .toArray();
    t.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %s | %d | %s |%n",
            name,
            set.size(),
            clipped == 0 ? "-" : percent(found, clipped),
            clipped == 0 ? "-" : percent(exact, clipped),
            spurious,
            errors.length == 0
                ? "-"
                : String.format(
                    Locale.ROOT,
                    "%.3f / %.3f",
                    errors[errors.length / 2],
                    errors[errors.length - 1])));
  }

  private static boolean hasTruth(Case c) {
    for (float[] t : c.truth()) {
      for (float level : t) {
        if (Float.isFinite(level)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * part / whole, part, whole);
  }
}
