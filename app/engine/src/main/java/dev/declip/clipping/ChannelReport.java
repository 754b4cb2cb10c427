package dev.declip.clipping;

import java.util.Optional;

/**
 * The clipping found in one channel.
 *
 * @param channel channel index, from 0
 * @param levels the clip levels used for counting, empty when the channel is unclipped
 * @param source how the levels were found
 * @param count the pass-2 counts
 * @param sampleRate frames per second, to express runs in milliseconds
 */
public record ChannelReport(
    int channel,
    Optional<ClipLevels> levels,
    LevelSource source,
    ChannelCount count,
    int sampleRate) {

  public double longestRunMillis() {
    return 1000.0 * count.longestRun() / sampleRate;
  }

  /** Whether any sample sits at or beyond a clip level. */
  public boolean clipped() {
    return count.clippedSamples() > 0;
  }
}
