package dev.declip.desktop.detect;

import dev.declip.clipping.ChannelCount;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClipLevels;
import java.util.Locale;

/** One channel of the detection table, as text; levels in dBFS, positive / negative. */
public record ChannelRow(String channel, String found, String levels, String clipped, String runs) {

  static ChannelRow of(ChannelReport report) {
    ChannelCount n = report.count();
    return new ChannelRow(
        Integer.toString(report.channel() + 1),
        report.source().name().toLowerCase(Locale.ROOT),
        report.levels().map(l -> dbText(l.positive()) + " / " + dbText(l.negative())).orElse("-"),
        String.format(Locale.ROOT, "%,d (%.2f %%)", n.clippedSamples(), n.clippedPercent()),
        String.format(Locale.ROOT, "%,d, longest %.1f ms", n.runs(), report.longestRunMillis()));
  }

  /** A level in dBFS to two decimals; a hair under full scale reads 0.00, not -0.00. */
  static String dbText(float level) {
    return Float.isInfinite(level)
        ? "none"
        : String.format(Locale.ROOT, "%.2f", Math.round(ClipLevels.toDbfs(level) * 100) / 100.0);
  }
}
