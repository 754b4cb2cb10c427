package dev.declip.clipping;

/**
 * Pass-2 counts of one channel.
 *
 * @param clippedSamples samples at or beyond the clip level of their polarity
 * @param samples all samples, finite or not
 * @param runs maximal runs of consecutive clipped samples of one polarity
 * @param longestRun samples in the longest run
 * @param nonFiniteSamples NaN or infinite samples, never counted as clipped
 */
public record ChannelCount(
    long clippedSamples, long samples, long runs, long longestRun, long nonFiniteSamples) {

  public double clippedPercent() {
    return samples == 0 ? 0 : 100.0 * clippedSamples / samples;
  }
}
