package dev.declip.desktop.waveform;

import dev.declip.clipping.ClippedRun;
import java.util.List;

/**
 * One channel's clipped runs as sorted arrays of starts and ends. Runs of one channel never
 * overlap, so the ends are sorted too and both can be binary-searched.
 */
final class ChannelRuns {

  static final ChannelRuns EMPTY = new ChannelRuns(List.of());

  private final long[] starts;
  private final long[] ends;

  /**
   * @param sortedRuns one channel's runs, by start
   */
  ChannelRuns(List<ClippedRun> sortedRuns) {
    starts = new long[sortedRuns.size()];
    ends = new long[sortedRuns.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sortedRuns.get(i).startFrame();
      ends[i] = starts[i] + sortedRuns.get(i).length();
    }
  }

  int size() {
    return starts.length;
  }

  long start(int i) {
    return starts[i];
  }

  long end(int i) {
    return ends[i];
  }

  int firstStartAtLeast(long frame) {
    return firstAtLeast(starts, frame);
  }

  int firstEndingAfter(long frame) {
    return firstAtLeast(ends, frame + 1);
  }

  private static int firstAtLeast(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
