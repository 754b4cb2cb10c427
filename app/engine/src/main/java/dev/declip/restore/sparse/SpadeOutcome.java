package dev.declip.restore.sparse;

import java.util.Arrays;

/**
 * What {@link ASpade} did to one block.
 *
 * @param estimate the restored block, consistent with the clipped input
 * @param frames frames of the grid that touch the block
 * @param framesUnconverged frames stopped by the iteration cap before reaching epsilon
 * @param frameIterations iterations of each frame that held a clipped sample and was iterated
 */
public record SpadeOutcome(
    float[] estimate, int frames, int framesUnconverged, int[] frameIterations) {

  /** Frames that held a clipped sample and were iterated. */
  public int framesRestored() {
    return frameIterations.length;
  }

  /** Iterations summed over the restored frames. */
  public long iterations() {
    return Arrays.stream(frameIterations).asLongStream().sum();
  }
}
