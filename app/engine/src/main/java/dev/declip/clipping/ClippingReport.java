package dev.declip.clipping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The clipping of a whole file: one {@link ChannelReport} per channel, plus the first clipped runs
 * (capped; {@code droppedRuns} says how many more there were).
 */
public record ClippingReport(
    List<ChannelReport> channels, List<ClippedRun> runs, long droppedRuns) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ClippingReport {
    channels = List.copyOf(channels);
    runs = List.copyOf(runs);
  }

  /** The levels per channel, as the restoration needs them. */
  public List<Optional<ClipLevels>> levels() {
    return channels.stream().map(ChannelReport::levels).toList();
  }

  public boolean anyNonFinite() {
    return channels.stream().anyMatch(c -> c.count().nonFiniteSamples() > 0);
  }

  /** A compact table for a terminal, one line per channel. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%-3s %-9s %-19s %10s %8s %7s %14s %9s%n",
            "ch",
            "found",
            "level +/- dBFS",
            "clipped",
            "%",
            "runs",
            "longest run",
            "non-fin."));
    for (ChannelReport c : channels) {
      ChannelCount n = c.count();
      if (!c.clipped() && n.nonFiniteSamples() == 0) {
        text.append(
            String.format(
                Locale.ROOT,
                "%-3d no clipping found (%s)%n",
                c.channel() + 1,
                c.source().name().toLowerCase(Locale.ROOT)));
        continue;
      }
      text.append(
          String.format(
              Locale.ROOT,
              "%-3d %-9s %-19s %10d %8.3f %7d %6d / %5.1fms %9d%n",
              c.channel() + 1,
              c.source().name().toLowerCase(Locale.ROOT),
              levelText(c.levels()),
              n.clippedSamples(),
              n.clippedPercent(),
              n.runs(),
              n.longestRun(),
              c.longestRunMillis(),
              n.nonFiniteSamples()));
    }
    return text.toString();
  }

  private static String levelText(Optional<ClipLevels> levels) {
    return levels.map(l -> dbText(l.positive()) + " / " + dbText(l.negative())).orElse("-");
  }

  private static String dbText(float level) {
    return Float.isInfinite(level)
        ? "none"
        : String.format(Locale.ROOT, "%.2f", ClipLevels.toDbfs(level));
  }

  /** JSON with stable field names; a polarity that did not clip has null levels. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("channels");
    for (ChannelReport c : channels) {
      ObjectNode node = list.addObject();
      node.put("channel", c.channel() + 1); // counted from 1, as in the text report and --levels
      node.put("source", c.source().name());
      putLevel(node, "positive", c.levels().map(ClipLevels::positive));
      putLevel(node, "negative", c.levels().map(ClipLevels::negative));
      ChannelCount n = c.count();
      node.put("clippedSamples", n.clippedSamples());
      node.put("totalSamples", n.samples());
      node.put("clippedPercent", n.clippedPercent());
      node.put("runs", n.runs());
      node.put("longestRunSamples", n.longestRun());
      node.put("longestRunMs", c.longestRunMillis());
      node.put("nonFiniteSamples", n.nonFiniteSamples());
    }
    ArrayNode runList = root.putArray("runs");
    for (ClippedRun r : runs) {
      ObjectNode node = runList.addObject();
      node.put("channel", r.channel() + 1);
      node.put("startFrame", r.startFrame());
      node.put("length", r.length());
      node.put("polarity", r.polarity().name());
    }
    root.put("droppedRuns", droppedRuns);
    return root.toPrettyString();
  }

  private static void putLevel(ObjectNode node, String side, Optional<Float> level) {
    Optional<Float> finite = level.filter(Float::isFinite);
    if (finite.isPresent()) {
      node.put(side + "Level", finite.get());
      node.put(side + "LevelDbfs", ClipLevels.toDbfs(finite.get()));
    } else {
      node.putNull(side + "Level");
      node.putNull(side + "LevelDbfs");
    }
  }
}
