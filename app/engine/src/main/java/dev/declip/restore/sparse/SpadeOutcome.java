package dev.declip.restore.sparse;

/**
 * What {@link ASpade} did to one block.
 *
 * @param estimate the restored block, consistent with the clipped input
 * @param framesRestored frames that held a clipped sample and were iterated
 * @param framesUnconverged frames stopped by the iteration cap before reaching epsilon
 * @param iterations iterations summed over the restored frames
 */
public record SpadeOutcome(
    float[] estimate, int framesRestored, int framesUnconverged, long iterations) {}
