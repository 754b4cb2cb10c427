package dev.declip.training.quality;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.ConsistencyProjection;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Sdr;
import dev.declip.restore.best.BestRestoration;
import dev.declip.restore.sparse.ASpade;
import dev.declip.restore.sparse.SeededSpade;
import dev.declip.restore.sparse.SpadeOutcome;
import dev.declip.restore.sparse.SpadeSettings;
import dev.declip.training.data.TrainingWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs A-SPADE configurations on one set and says where their time goes: SDR, compute per second of
 * audio, iterations per frame (distribution), the share of frames touched and left unconverged.
 * Seeded runs start from a seed computed once per segment (its time reported apart), so a sweep of
 * the refinement's schedule times only the refinement.
 */
public final class SparseSweep {
  private static final ClipLevels UNIT = ClipLevels.symmetric(1f);

  /** A seed per segment and the milliseconds it took to compute them all. */
  public record Seeds(String label, List<float[]> starts, double millis) {}

  /** One configuration's result. */
  public record Row(
      String label,
      double meanDb,
      double gainDb,
      double millisPerSecond,
      double seedMillisPerSecond,
      int[] iterations,
      double touched,
      double unconverged) {

    public double percentile(double p) {
      if (iterations.length == 0) {
        return 0;
      }
      int[] sorted = iterations.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    public double meanIterations() {
      return Arrays.stream(iterations).average().orElse(0);
    }
  }

  private final BenchmarkSet set;
  private final int threads;
  private final ProgressListener progress;
  private final Cancellation cancellation;
  private final double[] inputSdr;

  public SparseSweep(
      BenchmarkSet set, int threads, ProgressListener progress, Cancellation cancellation) {
    this.set = set;
    this.threads = threads;
    this.progress = progress;
    this.cancellation = cancellation;
    this.inputSdr =
        set.segments().stream().mapToDouble(w -> Sdr.db(w.clean(), w.clipped())).toArray();
  }

  /** The clipped signal itself: plain A-SPADE's start. */
  public Seeds clippedInput() {
    return new Seeds("clipped input", set.segments().stream().map(w -> w.clipped()).toList(), 0);
  }

  /** Each segment restored by {@code algorithm}, projected onto the consistent set. */
  public Seeds seeds(String label, RestorationAlgorithm algorithm) {
    List<float[]> starts = new ArrayList<>();
    long nanos = 0;
    for (TrainingWindow w : set.segments()) {
      long t = System.nanoTime();
      float[] estimate = algorithm.estimate(w.clipped(), UNIT, set.sampleRate(), cancellation);
      starts.add(ConsistencyProjection.apply(estimate, w.clipped(), UNIT));
      nanos += System.nanoTime() - t;
    }
    return new Seeds(label, starts, nanos / 1e6);
  }

  /** The seeds' own scores, as a row without refinement. */
  public Row seedOnly(Seeds seeds) {
    double[] sdr = new double[set.segments().size()];
    for (int i = 0; i < sdr.length; i++) {
      sdr[i] = Sdr.db(set.segments().get(i).clean(), seeds.starts().get(i));
    }
    double perSecond = seeds.millis() / set.seconds();
    return row(seeds.label() + " alone", sdr, 0, perSecond, new int[0], 0, 0);
  }

  /**
   * @param epsilonFromCleanPeak the survey's epsilon: 0.1 of the clean segment's peak, per segment
   *     (an oracle: restoring users' files has no clean peak)
   */
  public Row run(String label, SpadeSettings settings, Seeds seeds, boolean epsilonFromCleanPeak) {
    List<TrainingWindow> segments = set.segments();
    double[] sdr = new double[segments.size()];
    List<int[]> iterations = new ArrayList<>();
    long frames = 0;
    long touched = 0;
    long unconverged = 0;
    long nanos = 0;
    ASpade fixed = epsilonFromCleanPeak ? null : new ASpade(settings, threads);
    try {
      for (int i = 0; i < segments.size(); i++) {
        TrainingWindow w = segments.get(i);
        ASpade spade =
            fixed != null ? fixed : new ASpade(settings.withEpsilon(0.1 * peak(w)), threads);
        try {
          long t = System.nanoTime();
          SpadeOutcome outcome =
              spade.restore(
                  w.clipped(), seeds.starts().get(i), 0, UNIT, set.sampleRate(), cancellation);
          nanos += System.nanoTime() - t;
          sdr[i] = Sdr.db(w.clean(), outcome.estimate());
          iterations.add(outcome.frameIterations());
          frames += outcome.frames();
          touched += outcome.framesRestored();
          unconverged += outcome.framesUnconverged();
        } finally {
          if (fixed == null) {
            spade.close();
          }
        }
        progress.progress(label, i + 1, segments.size());
      }
    } finally {
      if (fixed != null) {
        fixed.close();
      }
    }
    int[] all = iterations.stream().flatMapToInt(Arrays::stream).toArray();
    return row(
        label,
        sdr,
        nanos / 1e6 / set.seconds(),
        seeds.millis() / set.seconds(),
        all,
        touched / (double) Math.max(1, frames),
        unconverged / (double) Math.max(1, touched));
  }

  /**
   * How the re-clip check's choices compare with the true SDR of the refinement, the network, cubic
   * and the input per segment (the best candidate among all four); returns a line saying how often
   * the choice was the best candidate (or within 0.1 dB of it), the mean SDR of the chosen, of the
   * refinement alone and of the best candidate.
   */
  public String guard(BestRestoration best, SeededSpade refinement) {
    List<TrainingWindow> segments = set.segments();
    int agree = 0;
    double chosenSum = 0;
    double refinedSum = 0;
    double oracleSum = 0;
    int[] counts = new int[BestRestoration.Choice.values().length];
    for (int i = 0; i < segments.size(); i++) {
      TrainingWindow w = segments.get(i);
      SeededSpade.Refined r =
          refinement.refine(w.clipped(), 0, UNIT, set.sampleRate(), cancellation);
      float[] cubic =
          ConsistencyProjection.apply(
              new CubicInterpolation().estimate(w.clipped(), UNIT, set.sampleRate(), cancellation),
              w.clipped(),
              UNIT);
      double[] sdr = {
        Sdr.db(w.clean(), r.outcome().estimate()),
        Sdr.db(w.clean(), r.seed()),
        Sdr.db(w.clean(), cubic),
        Sdr.db(w.clean(), w.clipped())
      };
      BestRestoration.Choice choice =
          best.choose(w.clipped(), 0, UNIT, set.sampleRate(), cancellation);
      counts[choice.ordinal()]++;
      double oracle = Arrays.stream(sdr).max().orElseThrow();
      double chosen = sdr[choice == BestRestoration.Choice.REFINED ? 0 : 3];
      agree += chosen >= oracle - 0.1 ? 1 : 0;
      chosenSum += chosen;
      refinedSum += sdr[0];
      oracleSum += oracle;
      progress.progress("re-clip check", i + 1, segments.size());
    }
    int n = segments.size();
    return String.format(
        Locale.ROOT,
        "%s: the re-clip check chose the truly best candidate (within 0.1 dB) on %d of %d"
            + " segments; choices refined/input %s; mean SDR chosen %.2f dB,"
            + " refinement alone %.2f, best candidate per segment %.2f",
        set.title(),
        agree,
        n,
        Arrays.toString(counts),
        chosenSum / n,
        refinedSum / n,
        oracleSum / n);
  }

  private static double peak(TrainingWindow w) {
    double peak = 0;
    for (float v : w.clean()) {
      peak = Math.max(peak, Math.abs(v));
    }
    return peak;
  }

  private Row row(
      String label,
      double[] sdr,
      double millisPerSecond,
      double seedMillisPerSecond,
      int[] iterations,
      double touched,
      double unconverged) {
    double mean = Arrays.stream(sdr).average().orElse(Double.NaN);
    double gain = mean - Arrays.stream(inputSdr).average().orElse(Double.NaN);
    return new Row(
        label, mean, gain, millisPerSecond, seedMillisPerSecond, iterations, touched, unconverged);
  }

  /** The rows as a Markdown table, with each row's total time against the first row's. */
  public static String toMarkdown(BenchmarkSet set, List<Row> rows) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%s (%d segments, %.0f s)%n%n",
            set.title(),
            set.segments().size(),
            set.seconds()));
    s.append(
        "| configuration | SDR (dB) | ΔSDR (dB) | ms per s (sparse) | ms per s (seed) | total vs"
            + " first row | iterations per frame: mean / median / p90 / max | frames touched |"
            + " unconverged |\n");
    s.append("|---|---|---|---|---|---|---|---|---|\n");
    double reference = rows.isEmpty() ? 1 : total(rows.get(0));
    for (Row r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %+.2f | %.1f | %.1f | %.3f | %.1f / %.0f / %.0f / %.0f | %.0f %% | %.1f %% |%n",
              r.label(),
              r.meanDb(),
              r.gainDb(),
              r.millisPerSecond(),
              r.seedMillisPerSecond(),
              total(r) / reference,
              r.meanIterations(),
              r.percentile(0.5),
              r.percentile(0.9),
              r.percentile(1.0),
              100 * r.touched(),
              100 * r.unconverged()));
    }
    return s.toString();
  }

  private static double total(Row r) {
    return r.millisPerSecond() + r.seedMillisPerSecond();
  }
}
