package dev.declip.training.quality;

import dev.declip.training.eval.SdrScores;
import java.util.List;
import java.util.Locale;

/**
 * One set's results, a row per restoration: mean +- std SDR over the segments, the mean gain over
 * the clipped input (Delta SDR), and milliseconds of compute per second of audio.
 */
public record QualityTable(String title, int segments, double seconds, List<SdrScores> rows) {

  public QualityTable {
    rows = List.copyOf(rows);
  }

  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s: %d segments, %.0f s%n", title, segments, seconds));
    s.append(
        String.format(
            Locale.ROOT,
            "  %-44s %16s %10s %10s%n",
            "restoration",
            "SDR (dB)",
            "gain (dB)",
            "ms per s"));
    for (SdrScores r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-44s %7.2f +- %5.2f %+10.2f %10.1f%n",
              r.algorithm(),
              r.meanDb(),
              r.stdDb(),
              r.meanGainDb(),
              r.millisPerSecond()));
    }
    return s.toString();
  }

  public String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s (%d segments, %.0f s)%n%n", title, segments, seconds));
    s.append("| restoration | SDR (dB) | ΔSDR (dB) | ms per s of audio |\n");
    s.append("|---|---|---|---|\n");
    for (SdrScores r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f ± %.2f | %+.2f | %.1f |%n",
              r.algorithm(),
              r.meanDb(),
              r.stdDb(),
              r.meanGainDb(),
              r.millisPerSecond()));
    }
    return s.toString();
  }
}
