package dev.declip.desktop.waveform;

import dev.declip.clipping.ClippedRun;
import dev.declip.desktop.samples.FrameRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Clipped runs sorted by start, to find the next one and the ones in a view without a scan. */
final class RunIndex {

  private static final Comparator<ClippedRun> BY_START =
      Comparator.comparingLong(ClippedRun::startFrame).thenComparingInt(ClippedRun::channel);

  private final List<ClippedRun> sorted;
  private final long longest;

  RunIndex(List<ClippedRun> runs) {
    List<ClippedRun> copy = new ArrayList<>(runs);
    copy.sort(BY_START);
    this.sorted = List.copyOf(copy);
    this.longest = runs.stream().mapToLong(ClippedRun::length).max().orElse(0);
  }

  /** The first run, of any channel, that starts after {@code frame}. */
  Optional<ClippedRun> firstStartingAfter(long frame) {
    int i = firstStartAtLeast(frame + 1);
    return i < sorted.size() ? Optional.of(sorted.get(i)) : Optional.empty();
  }

  /** The runs of {@code channel} that overlap {@code range}. */
  List<ClippedRun> overlapping(int channel, FrameRange range) {
    List<ClippedRun> found = new ArrayList<>();
    for (int i = firstStartAtLeast(range.start() - longest); i < sorted.size(); i++) {
      ClippedRun run = sorted.get(i);
      if (run.startFrame() >= range.end()) {
        break;
      }
      if (run.channel() == channel && run.startFrame() + run.length() > range.start()) {
        found.add(run);
      }
    }
    return found;
  }

  /**
   * The stretches of {@code channel} to shade in {@code range}, in frames: runs closer than one
   * pixel column merged, each at least one column wide so a one-sample run still shows.
   */
  List<double[]> shading(int channel, FrameRange range, double framesPerColumn) {
    List<double[]> shades = new ArrayList<>();
    double minWidth = Math.max(1, framesPerColumn);
    for (ClippedRun run : overlapping(channel, range)) {
      double start = run.startFrame();
      double end = run.startFrame() + run.length();
      if (end - start < minWidth) {
        double middle = (start + end) / 2;
        start = middle - minWidth / 2;
        end = middle + minWidth / 2;
      }
      double[] last = shades.isEmpty() ? null : shades.get(shades.size() - 1);
      if (last != null && start - last[1] < framesPerColumn) {
        last[1] = Math.max(last[1], end);
      } else {
        shades.add(new double[] {start, end});
      }
    }
    return shades;
  }

  private int firstStartAtLeast(long frame) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).startFrame() < frame) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
