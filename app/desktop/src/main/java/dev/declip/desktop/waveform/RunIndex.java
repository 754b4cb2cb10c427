package dev.declip.desktop.waveform;

import dev.declip.clipping.ClippedRun;
import dev.declip.samples.FrameRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Clipped runs sorted by start, to find the next one and the ones in a view without a scan. */
final class RunIndex {

  private static final Comparator<ClippedRun> BY_START =
      Comparator.comparingLong(ClippedRun::startFrame).thenComparingInt(ClippedRun::channel);

  private final List<ClippedRun> sorted;
  private final ChannelRuns[] byChannel;

  RunIndex(List<ClippedRun> runs) {
    List<ClippedRun> copy = new ArrayList<>(runs);
    copy.sort(BY_START);
    this.sorted = List.copyOf(copy);
    int channels = runs.stream().mapToInt(ClippedRun::channel).max().orElse(-1) + 1;
    this.byChannel = new ChannelRuns[channels];
    for (int c = 0; c < channels; c++) {
      int channel = c;
      byChannel[c] = new ChannelRuns(sorted.stream().filter(r -> r.channel() == channel).toList());
    }
  }

  /** The first run, of any channel, that starts after {@code frame}. */
  Optional<ClippedRun> firstStartingAfter(long frame) {
    int i = firstStartAtLeast(frame + 1);
    return i < sorted.size() ? Optional.of(sorted.get(i)) : Optional.empty();
  }

  /**
   * The stretches of {@code channel} to shade in {@code range}, in frames: runs closer than one
   * pixel column merged, each at least one column wide so a one-sample run still shows. Skips over
   * merged runs by binary search, so a zoomed-out view of 100 000 runs costs about one search per
   * shaded stretch.
   */
  List<double[]> shading(int channel, FrameRange range, double framesPerColumn) {
    List<double[]> shades = new ArrayList<>();
    ChannelRuns runs = channel < byChannel.length ? byChannel[channel] : ChannelRuns.EMPTY;
    double minWidth = Math.max(1, framesPerColumn);
    int i = runs.firstEndingAfter(range.start());
    while (i < runs.size() && runs.start(i) < range.end()) {
      double[] shade = widened(runs, i, minWidth);
      int next = i + 1;
      while (next < runs.size() && runs.start(next) < range.end()) {
        // every run starting before the shade's end plus a column merges into it
        int j = runs.firstStartAtLeast((long) Math.ceil(shade[1] + framesPerColumn));
        if (j <= next) {
          break;
        }
        shade[1] = Math.max(shade[1], widened(runs, j - 1, minWidth)[1]);
        next = j;
      }
      shades.add(shade);
      i = next;
    }
    return shades;
  }

  private static double[] widened(ChannelRuns runs, int i, double minWidth) {
    double start = runs.start(i);
    double end = runs.end(i);
    if (end - start < minWidth) {
      double middle = (start + end) / 2;
      return new double[] {middle - minWidth / 2, middle + minWidth / 2};
    }
    return new double[] {start, end};
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
