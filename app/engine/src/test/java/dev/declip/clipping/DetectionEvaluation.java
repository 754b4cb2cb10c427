package dev.declip.clipping;

import dev.declip.clipping.CodecChain.Codec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detection evaluation matrix: wesnoth music clipped at several levels, in several formats,
 * through dither and lossy codecs, plus unclipped negatives (music, sines, limited music). Needs
 * sox, lame, oggenc and ffmpeg, so it runs on demand only: {@code ./mvnw -o -q -B -pl app/engine
 * test -Dtest=DetectionEvaluation -Ddeclip.evaluation=true}. Writes the table to
 * target/clipping-evaluation.txt.
 */
@EnabledIfSystemProperty(named = "declip.evaluation", matches = "true")
class DetectionEvaluation {

  private static final Logger LOG = LoggerFactory.getLogger(DetectionEvaluation.class);
  private static final Path MUSIC = Path.of("/usr/share/games/wesnoth/1.16/data/core/music");
  private static final String[] TRACKS = {"frantic:40", "battle-epic:20", "loyalists:30"};
  private static final double SECONDS = 10;
  private static final int[][] FORMATS = {{1, 22050}, {1, 44100}, {2, 44100}, {2, 48000}};
  private static final float[] LEVELS = {0.3f, 0.5f, 0.8f, 1f};

  /** How far the music is driven over the clip level: 4 dB. */
  private static final double DRIVE = ClipLevels.fromDbfs(4);

  @TempDir Path dir;

  private record Result(
      String group,
      String detail,
      boolean detected,
      double recall,
      double falsePositiveRate,
      double levelRatio,
      double[] sweepRecall,
      double[] sweepFpr,
      String levels) {}

  /** Factors on the detected levels at which recall and false positives are also measured. */
  private static final double[] SWEEP = {1.02, 1.0, 0.98, 0.96, 0.94, 0.92};

  @Test
  void measuresDetectionOverTheMatrix() throws Exception {
    Path cache = Path.of(System.getProperty("declip.evaluation.cache", dir.toString()));
    Files.createDirectories(cache);
    CodecChain chain = new CodecChain(dir, cache);
    Map<String, float[][]> excerpts = new ConcurrentHashMap<>();
    List<java.util.concurrent.Callable<Result>> jobs = new ArrayList<>();
    for (String track : TRACKS) {
      for (int[] format : FORMATS) {
        String key = track + "/" + format[0] + "ch/" + format[1];
        for (Codec codec : Codec.values()) {
          for (float level : LEVELS) {
            jobs.add(() -> positive(chain, excerpts, key, level, codec));
          }
          for (double db : new double[] {0, -1}) {
            jobs.add(() -> negative(chain, excerpts, key, db, codec));
          }
        }
      }
    }
    for (Codec codec : new Codec[] {Codec.FLAT, Codec.MP3_128, Codec.MP3_320}) {
      for (double hz : new double[] {50, 440, 1000, 5000}) {
        jobs.add(() -> sine(chain, hz, codec));
      }
      jobs.add(() -> limited(chain, codec, "gain-l", "norm", "0", "gain", "-l", "6"));
      jobs.add(
          () ->
              limited(
                  chain,
                  codec,
                  "compand",
                  "norm",
                  "3",
                  "compand",
                  "0.001,0.1",
                  "-90,-90,-3,-3,0,-1",
                  "0",
                  "-90",
                  "0.001"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Result> results = new ArrayList<>();
    for (Future<Result> f : pool.invokeAll(jobs)) {
      results.add(f.get());
    }
    pool.shutdown();
    String table = summary(results);
    StringBuilder details = new StringBuilder();
    for (Result r : results) {
      details.append(
          String.format(
              Locale.ROOT,
              "%-60s %-5s recall %.3f fpr %.5f level x%.3f%s%n",
              r.detail(),
              r.detected(),
              r.recall(),
              r.falsePositiveRate(),
              r.levelRatio(),
              r.levels()));
    }
    Files.writeString(Path.of("target/clipping-evaluation.txt"), table + "\n" + details);
    LOG.info("\n{}", table);
  }

  private float[][] source(CodecChain chain, Map<String, float[][]> excerpts, String key) {
    return excerpts.computeIfAbsent(
        key,
        k -> {
          String[] parts = k.split("[:/]");
          int channels = Integer.parseInt(parts[2].replace("ch", ""));
          return chain.excerpt(
              MUSIC.resolve(parts[0] + ".ogg"),
              Double.parseDouble(parts[1]),
              SECONDS,
              Integer.parseInt(parts[3]),
              channels);
        });
  }

  private Result positive(
      CodecChain chain, Map<String, float[][]> excerpts, String key, float level, Codec codec) {
    float[][] music = scaled(source(chain, excerpts, key), level * DRIVE);
    int rate = Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    short[][] pcm = quantise(music, level, codec == Codec.DITHER, key.hashCode());
    float[][] decoded = toFloat(chain.roundTrip(pcm, rate, codec));
    List<ChannelDetection> found = detect(decoded);
    long clipped = 0;
    long unclipped = 0;
    long[] sweepTp = new long[SWEEP.length];
    long[] sweepFp = new long[SWEEP.length];
    double ratio = 0;
    int ratios = 0;
    float top = level >= 1 ? 32767 / 32768f : level;
    float bottom = level >= 1 ? 1f : level;
    StringBuilder described = new StringBuilder();
    for (int c = 0; c < music.length; c++) {
      Optional<ClipLevels> levels = found.get(c).levels();
      float positive = levels.map(ClipLevels::positive).orElse(Float.POSITIVE_INFINITY);
      float negative = levels.map(ClipLevels::negative).orElse(Float.POSITIVE_INFINITY);
      for (float l : new float[] {positive, negative}) {
        ratio += Float.isFinite(l) ? l / level : 0;
        ratios += Float.isFinite(l) ? 1 : 0;
      }
      int frames = Math.min(music[c].length, decoded[c].length);
      long[] tpSide = new long[2];
      long[] truthSide = new long[2];
      for (int i = 0; i < frames; i++) {
        boolean truePositive = music[c][i] >= top;
        boolean truth = truePositive || music[c][i] <= -bottom;
        int side = music[c][i] >= 0 ? 0 : 1;
        clipped += truth ? 1 : 0;
        unclipped += truth ? 0 : 1;
        truthSide[side] += truth ? 1 : 0;
        float d = decoded[c][i];
        for (int k = 0; k < SWEEP.length; k++) {
          boolean hit = d >= positive * SWEEP[k] || d <= -negative * SWEEP[k];
          sweepTp[k] += truth && hit ? 1 : 0;
          sweepFp[k] += !truth && hit ? 1 : 0;
          if (k == 1) {
            tpSide[side] += truth && hit ? 1 : 0;
          }
        }
      }
      described.append(
          String.format(
              Locale.ROOT,
              " c%d +%.3f(%.2f) -%.3f(%.2f)",
              c,
              positive / level,
              tpSide[0] / (double) Math.max(1, truthSide[0]),
              negative / level,
              tpSide[1] / (double) Math.max(1, truthSide[1])));
    }
    double[] sweepRecall = new double[SWEEP.length];
    double[] sweepFpr = new double[SWEEP.length];
    for (int k = 0; k < SWEEP.length; k++) {
      sweepRecall[k] = sweepTp[k] / (double) clipped;
      sweepFpr[k] = sweepFp[k] / (double) unclipped;
    }
    boolean all = found.stream().allMatch(d -> d.levels().isPresent());
    return new Result(
        String.format(Locale.ROOT, "clip %.1f %s", level, codec.label),
        key + " clip " + level + " " + codec.label,
        all,
        sweepRecall[1],
        sweepFpr[1],
        ratios == 0 ? Double.NaN : ratio / ratios,
        sweepRecall,
        sweepFpr,
        described.toString());
  }

  private Result negative(
      CodecChain chain, Map<String, float[][]> excerpts, String key, double db, Codec codec) {
    float[][] music = scaled(source(chain, excerpts, key), ClipLevels.fromDbfs(db));
    int rate = Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    short[][] pcm = quantise(music, 1f, codec == Codec.DITHER, key.hashCode());
    return unclippedResult(
        String.format(Locale.ROOT, "music %+.0f dBFS %s", db, codec.label),
        key + " " + db + " dBFS " + codec.label,
        chain.roundTrip(pcm, rate, codec));
  }

  private Result sine(CodecChain chain, double hz, Codec codec) {
    float[] x = new float[44100 * 4];
    double amplitude = ClipLevels.fromDbfs(-0.1);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / 44100));
    }
    short[][] pcm = quantise(new float[][] {x}, 1f, false, 0);
    return unclippedResult(
        "sine -0.1 dBFS " + codec.label,
        "sine " + hz + " Hz " + codec.label,
        chain.roundTrip(pcm, 44100, codec));
  }

  private Result limited(CodecChain chain, Codec codec, String name, String... effects) {
    float[][] music = chain.excerpt(MUSIC.resolve("frantic.ogg"), 40, SECONDS, 44100, 2, effects);
    short[][] pcm = quantise(scaled(music, ClipLevels.fromDbfs(-0.3)), 1f, false, 0);
    return unclippedResult(
        "limited " + codec.label,
        "limited " + name + " " + codec.label,
        chain.roundTrip(pcm, 44100, codec));
  }

  private Result unclippedResult(String group, String detail, short[][] pcm) {
    float[][] decoded = toFloat(pcm);
    List<ChannelDetection> found = detect(decoded);
    long falsePositives = 0;
    long samples = 0;
    for (int c = 0; c < decoded.length; c++) {
      Optional<ClipLevels> levels = found.get(c).levels();
      for (float s : decoded[c]) {
        samples++;
        falsePositives += levels.isPresent() && levels.get().isClipped(s) ? 1 : 0;
      }
    }
    boolean any = found.stream().anyMatch(d -> d.levels().isPresent());
    return new Result(
        group,
        detail,
        any,
        Double.NaN,
        falsePositives / (double) samples,
        Double.NaN,
        null,
        null,
        found.stream()
            .map(d -> d.levels().map(Object::toString).orElse("-"))
            .reduce("", (a, b) -> a + " " + b));
  }

  /** Streams in odd-sized blocks, as the pipeline would. */
  private static List<ChannelDetection> detect(float[][] audio) {
    ClippingDetector detector = new ClippingDetector(audio.length);
    int frames = audio[0].length;
    int block = 3001;
    float[][] buffer = new float[audio.length][block];
    for (int start = 0; start < frames; start += block) {
      int n = Math.min(block, frames - start);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], start, buffer[c], 0, n);
      }
      detector.accept(buffer, n);
    }
    return detector.result();
  }

  private static float[][] scaled(float[][] x, double peak) {
    float max = 0;
    for (float[] channel : x) {
      for (float s : channel) {
        max = Math.max(max, Math.abs(s));
      }
    }
    float[][] out = new float[x.length][];
    for (int c = 0; c < x.length; c++) {
      out[c] = new float[x[c].length];
      for (int i = 0; i < x[c].length; i++) {
        out[c][i] = (float) (x[c][i] * peak / max);
      }
    }
    return out;
  }

  /** Clips at {@code level}, optionally adds TPDF dither of one LSB, and rounds to 16 bits. */
  private static short[][] quantise(float[][] x, float level, boolean dither, long seed) {
    Random random = new Random(seed);
    short[][] out = new short[x.length][];
    for (int c = 0; c < x.length; c++) {
      out[c] = new short[x[c].length];
      for (int i = 0; i < x[c].length; i++) {
        double v = Math.max(-level, Math.min(level, x[c][i])) * 32768;
        if (dither) {
          v += random.nextDouble() - random.nextDouble();
        }
        out[c][i] = (short) Math.max(-32768, Math.min(32767, Math.round(v)));
      }
    }
    return out;
  }

  private static float[][] toFloat(short[][] pcm) {
    float[][] out = new float[pcm.length][];
    for (int c = 0; c < pcm.length; c++) {
      out[c] = Signals.toFloat(pcm[c]);
    }
    return out;
  }

  private static String summary(List<Result> results) {
    Map<String, List<Result>> groups = new TreeMap<>();
    for (Result r : results) {
      groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-26s %9s %8s %8s %9s %10s%n",
                "case",
                "detected",
                "recall",
                "min rec",
                "max fpr",
                "level/true"));
    for (Map.Entry<String, List<Result>> e : groups.entrySet()) {
      List<Result> rs = e.getValue();
      long detected = rs.stream().filter(Result::detected).count();
      double recall =
          rs.stream()
              .mapToDouble(Result::recall)
              .filter(v -> !Double.isNaN(v))
              .average()
              .orElse(Double.NaN);
      double minRecall =
          rs.stream()
              .mapToDouble(Result::recall)
              .filter(v -> !Double.isNaN(v))
              .min()
              .orElse(Double.NaN);
      double maxFpr = rs.stream().mapToDouble(Result::falsePositiveRate).max().orElse(0);
      double level =
          rs.stream()
              .mapToDouble(Result::levelRatio)
              .filter(v -> !Double.isNaN(v))
              .average()
              .orElse(Double.NaN);
      StringBuilder sweep = new StringBuilder();
      if (rs.get(0).sweepRecall() != null) {
        for (int k = 0; k < SWEEP.length; k++) {
          final int index = k;
          sweep.append(
              String.format(
                  Locale.ROOT,
                  " x%.2f %.3f/%.4f",
                  SWEEP[k],
                  rs.stream().mapToDouble(r -> r.sweepRecall()[index]).average().orElse(0),
                  rs.stream().mapToDouble(r -> r.sweepFpr()[index]).max().orElse(0)));
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-26s %4d/%-4d %8.3f %8.3f %9.5f %10.3f%s%n",
              e.getKey(),
              detected,
              rs.size(),
              recall,
              minRecall,
              maxFpr,
              level,
              sweep));
    }
    return out.toString();
  }
}
