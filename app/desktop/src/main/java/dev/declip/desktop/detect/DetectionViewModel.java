package dev.declip.desktop.detect;

import dev.declip.clipping.ClipLevelFormatException;
import dev.declip.clipping.ClipLevelOverride;
import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippedRun;
import dev.declip.clipping.ClippingReport;
import dev.declip.clipping.LevelSource;
import dev.declip.clipping.Polarity;
import dev.declip.restore.file.InputChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detection panel's state: the clipping found per channel, the clipped runs to jump to, and
 * clip levels set by hand (starting from the detected ones) to count again with.
 */
public final class DetectionViewModel {
  private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
  private final ObservableList<ClippedRun> runs = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No recording open");
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private final BooleanProperty manual = new SimpleBooleanProperty(false);
  private final ObservableList<ManualLevels> manualLevels = FXCollections.observableArrayList();
  private int sampleRate = 1;

  /** Shows a new report; hand-set levels start from what it found. */
  public void show(ClippingReport report, int sampleRate) {
    this.sampleRate = sampleRate;
    channels.setAll(report.channels().stream().map(ChannelRow::of).toList());
    runs.setAll(
        report.runs().stream()
            .sorted(
                Comparator.comparingLong(ClippedRun::startFrame)
                    .thenComparingInt(ClippedRun::channel))
            .toList());
    long clipped = report.channels().stream().mapToLong(c -> c.count().clippedSamples()).sum();
    long total = report.channels().stream().mapToLong(c -> c.count().samples()).sum();
    long allRuns = report.runs().size() + report.droppedRuns();
    summary.set(
        clipped == 0
            ? "No clipping found"
            : String.format(
                Locale.ROOT,
                "%,d clipped samples (%.2f %%) in %,d runs%s",
                clipped,
                total == 0 ? 0 : 100.0 * clipped / total,
                allRuns,
                report.droppedRuns() > 0
                    ? String.format(Locale.ROOT, "; first %,d listed", report.runs().size())
                    : ""));
    warning.set(String.join("\n", InputChecks.warnings(report)));
    boolean anyManual = report.channels().stream().anyMatch(c -> c.source() == LevelSource.MANUAL);
    if (!anyManual || manualLevels.size() != report.channels().size()) {
      List<ManualLevels> fresh = new ArrayList<>();
      for (var channel : report.channels()) {
        ManualLevels levels = new ManualLevels();
        channel.levels().ifPresent(l -> startFrom(levels, l));
        fresh.add(levels);
      }
      manualLevels.setAll(fresh);
    }
  }

  private static void startFrom(ManualLevels manual, ClipLevels levels) {
    manual.positiveClippedProperty().set(Float.isFinite(levels.positive()));
    manual.negativeClippedProperty().set(Float.isFinite(levels.negative()));
    manual.positiveProperty().set(Float.isFinite(levels.positive()) ? levels.positive() : 1);
    manual.negativeProperty().set(Float.isFinite(levels.negative()) ? levels.negative() : 1);
  }

  /** The levels to count with: empty for automatic detection, else the hand-set ones. */
  public Optional<ClipLevelOverride> override() throws ClipLevelFormatException {
    if (!manual.get() || manualLevels.isEmpty()) {
      return Optional.empty();
    }
    List<String> entries = new ArrayList<>();
    for (int c = 0; c < manualLevels.size(); c++) {
      entries.add((c + 1) + ":" + manualLevels.get(c).spec());
    }
    return Optional.of(ClipLevelOverride.parse(String.join(";", entries)));
  }

  /** A run as the list shows it: "ch 1 + 0:03.214 12 samples". */
  public String describe(ClippedRun run) {
    double seconds = run.startFrame() / (double) sampleRate;
    int minutes = (int) (seconds / 60);
    return String.format(
        Locale.ROOT,
        "ch %d %s %d:%06.3f  %,d sample%s",
        run.channel() + 1,
        run.polarity() == Polarity.POSITIVE ? "+" : "-",
        minutes,
        seconds - 60 * minutes,
        run.length(),
        run.length() == 1 ? "" : "s");
  }

  public void clear() {
    channels.clear();
    runs.clear();
    manualLevels.clear();
    summary.set("No recording open");
    warning.set("");
  }

  public ObservableList<ChannelRow> channels() {
    return channels;
  }

  public ObservableList<ClippedRun> runs() {
    return runs;
  }

  public ObservableList<ManualLevels> manualLevels() {
    return manualLevels;
  }

  public BooleanProperty manualProperty() {
    return manual;
  }

  /** Warnings about heavy clipping, one per line; empty when there is none. */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
