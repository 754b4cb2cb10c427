package dev.declip.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Windows of {@code length} samples on a grid anchored at an absolute origin (frame 0 of the file):
 * window {@code k} starts at {@code k * hop - fade}, with {@code hop = length - fade}. Neighbours
 * overlap by {@code fade} samples, where the later one fades in with a sin² ramp; every other
 * sample lies in exactly one window. A block streamed from anywhere in the file sees the same
 * windows.
 *
 * <p>The network is fully convolutional, so windows may be longer than the one it trained on:
 * {@link #forNetwork} uses four training windows with half a training window of fade. Samples then
 * lie at least half a training window from any edge that weighs more than 2 % (as with the
 * half-overlapping training-length windows used before), and the network computes 1.14 samples per
 * sample restored instead of 2.
 */
public record WindowGrid(int length, int fade) {

  public WindowGrid {
    if (fade < 1 || length < 2 * fade) {
      throw new IllegalArgumentException(
          "need 1 <= fade <= length / 2, got length " + length + ", fade " + fade);
    }
  }

  /** The grid for a network trained on windows of {@code trainingWindow} samples. */
  public static WindowGrid forNetwork(int trainingWindow) {
    return new WindowGrid(4 * trainingWindow, Math.max(1, trainingWindow / 2));
  }

  public int hop() {
    return length - fade;
  }

  /** Absolute start of window {@code k}. */
  public long start(long k) {
    return k * hop() - fade;
  }

  /**
   * The weight of a window at {@code offset < fade} samples into it, a sin² ramp; the previous
   * window's weight there is exactly {@code 1 - fadeIn(offset)}.
   */
  public double fadeIn(int offset) {
    double s = Math.sin(0.5 * Math.PI * offset / fade);
    return s * s;
  }

  /** How many windows cover absolute sample {@code p}: 2 in a fade, else 1. */
  public int windowsOver(long p) {
    return Math.floorMod(p + fade, hop()) < fade ? 2 : 1;
  }

  /**
   * The windows covering the samples that need restoring, in increasing order: every window over
   * each such sample.
   *
   * @param needed which samples of the block need restoring
   * @param firstSample absolute position of {@code needed[0]}
   * @return absolute window starts
   */
  public List<Long> plan(boolean[] needed, long firstSample) {
    List<Long> starts = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (int i = 0; i < needed.length; i++) {
      if (!needed[i]) {
        continue;
      }
      long p = firstSample + i;
      long k = Math.floorDiv(p + fade, hop());
      // Window k covers p; so does k - 1 when p lies in k's fade. Starts increase with i.
      for (long j = windowsOver(p) == 2 ? k - 1 : k; j <= k; j++) {
        long s = start(j);
        if (s > last) {
          starts.add(s);
          last = s;
        }
      }
    }
    return starts;
  }
}
