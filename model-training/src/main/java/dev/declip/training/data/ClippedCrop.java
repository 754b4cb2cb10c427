package dev.declip.training.data;

import java.util.SplittableRandom;

/**
 * Where to cut a crop shorter than the window so that it holds clipped samples: the losses learn
 * from clipped samples (MC's clipped term, EI's re-clipping of loud parts), so samples far from any
 * clip cost compute for little. A clipped sample is drawn uniformly, so long runs are chosen in
 * proportion to their length, and the crop is placed uniformly among the positions that contain it.
 */
final class ClippedCrop {

  private ClippedCrop() {}

  /** The first sample of a crop of {@code length} within a window with this mask. */
  static int start(float[] mask, int length, SplittableRandom random) {
    int clipped = 0;
    for (float m : mask) {
      clipped += m == 0f ? 1 : 0;
    }
    int max = mask.length - length;
    if (clipped == 0) {
      return random.nextInt(max + 1);
    }
    int k = random.nextInt(clipped);
    int at = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i] == 0f && k-- == 0) {
        at = i;
        break;
      }
    }
    int lo = Math.max(0, at - length + 1);
    int hi = Math.min(max, at);
    return lo + random.nextInt(hi - lo + 1);
  }
}
