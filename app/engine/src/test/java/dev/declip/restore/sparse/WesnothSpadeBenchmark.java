package dev.declip.restore.sparse;

import dev.declip.audio.AudioFiles;
import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.Sdr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not part of the suite (a main, not a test): measures A-SPADE on 5-second mono 22.05 kHz excerpts
 * against the published behaviour (survey: about +5 dB at 1 dB input SDR, +12 dB at 15 dB). The
 * excerpts come from the wesnoth-1.16-music package (GPL-2), the middle 5 s of a track: {@code sox
 * TRACK.ogg -r 22050 -c 1 -b 16 TRACK.wav trim START 5 norm -0.1}. Arguments: the excerpt folder,
 * the thread count, then the input SDRs (default 1 3 5 7 10 15). Run it with the test class path.
 * With {@code -Dspade.surveyEpsilon=true} epsilon is the survey's 0.1 in peak-normalised units,
 * i.e. {@code 0.1 / theta} in clip-level units.
 */
final class WesnothSpadeBenchmark {

  private WesnothSpadeBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    double[] sdrs =
        args.length > 2
            ? Stream.of(args).skip(2).mapToDouble(Double::parseDouble).toArray()
            : new double[] {1, 3, 5, 7, 10, 15};
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
    }
    try (ASpade spade = new ASpade(SpadeSettings.DEFAULTS, threads)) {
      run(spade, files.get(0), 3); // warm-up
      System.out.printf("threads %d%n", threads);
      for (double target : sdrs) {
        double gain = 0;
        double cpuMillis = 0;
        double millis = 0;
        double seconds = 0;
        for (Path file : files) {
          float[] x = peakNormalised(AudioFiles.readAll(file).samples()[0]);
          float level = levelFor(x, target);
          float[] y = clip(x, level);
          long c0 = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
          long t0 = System.nanoTime();
          SpadeOutcome out;
          if (Boolean.getBoolean("spade.surveyEpsilon")) {
            try (ASpade survey = new ASpade(new SpadeSettings(0.1 / level, 1024, 4000), threads)) {
              out = survey.restore(y, 0, ClipLevels.symmetric(level), 22050, Cancellation.NEVER);
            }
          } else {
            out = spade.restore(y, 0, ClipLevels.symmetric(level), 22050, Cancellation.NEVER);
          }
          millis += (System.nanoTime() - t0) / 1e6;
          cpuMillis +=
              (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - c0) / 1e6;
          seconds += x.length / 22050.0;
          double dsdr = Sdr.db(x, out.estimate()) - Sdr.db(x, y);
          gain += dsdr;
          System.out.printf(
              Locale.ROOT,
              "  %-24s in %5.2f dB theta %.3f dSDR %6.2f frames %4d unconverged %d mean it %.0f%n",
              file.getFileName(),
              Sdr.db(x, y),
              level,
              dsdr,
              out.framesRestored(),
              out.framesUnconverged(),
              out.iterations() / (double) Math.max(1, out.framesRestored()));
        }
        System.out.printf(
            Locale.ROOT,
            "input %4.1f dB: mean dSDR %6.2f dB, %.0f ms wall, %.0f ms CPU per second of audio%n",
            target,
            gain / files.size(),
            millis / seconds,
            cpuMillis / seconds);
      }
    }
  }

  private static void run(ASpade spade, Path file, double target) throws IOException {
    float[] x = peakNormalised(AudioFiles.readAll(file).samples()[0]);
    float level = levelFor(x, target);
    spade.restore(clip(x, level), 0, ClipLevels.symmetric(level), 22050, Cancellation.NEVER);
  }

  private static float[] peakNormalised(float[] x) {
    float peak = 0;
    for (float v : x) {
      peak = Math.max(peak, Math.abs(v));
    }
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] / peak;
    }
    return out;
  }

  /** The symmetric level whose clipping gives the target input SDR, by bisection. */
  static float levelFor(float[] x, double targetDb) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 50; i++) {
      double mid = (lo + hi) / 2;
      if (Sdr.db(x, clip(x, (float) mid)) < targetDb) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (float) hi;
  }

  static float[] clip(float[] x, float level) {
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(-level, Math.min(level, x[i]));
    }
    return y;
  }
}
