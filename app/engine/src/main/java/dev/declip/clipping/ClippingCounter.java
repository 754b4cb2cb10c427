package dev.declip.clipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pass 2: counts clipped samples and runs per channel given their levels, streaming. Keeps the
 * first {@code maxRuns} runs (in order of their end) for a list in the GUI and counts the rest as
 * dropped, so memory stays bounded.
 */
public final class ClippingCounter {

  public static final int DEFAULT_MAX_RUNS = 10_000;

  private final List<Optional<ClipLevels>> levels;
  private final int maxRuns;
  private final Channel[] channels;
  private final List<ClippedRun> keptRuns = new ArrayList<>();
  private long droppedRuns;
  private long frame;

  public ClippingCounter(List<Optional<ClipLevels>> levels, int maxRuns) {
    if (maxRuns < 0) {
      throw new IllegalArgumentException("maxRuns must not be negative, got " + maxRuns);
    }
    this.levels = List.copyOf(levels);
    this.maxRuns = maxRuns;
    channels = new Channel[levels.size()];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = new Channel();
    }
  }

  public void accept(float[][] block, int frames) {
    for (int c = 0; c < channels.length; c++) {
      Optional<ClipLevels> channelLevels = levels.get(c);
      Channel channel = channels[c];
      float[] samples = block[c];
      for (int i = 0; i < frames; i++) {
        channel.add(c, frame + i, clippedPolarity(channelLevels, samples[i]), samples[i]);
      }
    }
    frame += frames;
  }

  private static Polarity clippedPolarity(Optional<ClipLevels> levels, float sample) {
    if (levels.isEmpty() || !Float.isFinite(sample)) {
      return null;
    }
    ClipLevels l = levels.get();
    if (sample >= l.positive()) {
      return Polarity.POSITIVE;
    }
    return sample <= -l.negative() ? Polarity.NEGATIVE : null;
  }

  /** Counts per channel; runs still open at the end of the stream are closed. */
  public List<ChannelCount> counts() {
    List<ChannelCount> counts = new ArrayList<>(channels.length);
    for (int c = 0; c < channels.length; c++) {
      channels[c].closeRun(c, frame);
      counts.add(channels[c].count());
    }
    return counts;
  }

  public List<ClippedRun> keptRuns() {
    return List.copyOf(keptRuns);
  }

  public long droppedRuns() {
    return droppedRuns;
  }

  private void keep(ClippedRun run) {
    if (keptRuns.size() < maxRuns) {
      keptRuns.add(run);
    } else {
      droppedRuns++;
    }
  }

  private final class Channel {
    long clipped;
    long samples;
    long runs;
    long longest;
    long nonFinite;
    Polarity runPolarity;
    long runStart;

    void add(int channel, long at, Polarity polarity, float sample) {
      samples++;
      if (!Float.isFinite(sample)) {
        nonFinite++;
      }
      if (polarity != runPolarity) {
        closeRun(channel, at);
        if (polarity != null) {
          runPolarity = polarity;
          runStart = at;
        }
      }
      if (polarity != null) {
        clipped++;
      }
    }

    void closeRun(int channel, long end) {
      if (runPolarity == null) {
        return;
      }
      long length = end - runStart;
      runs++;
      longest = Math.max(longest, length);
      keep(new ClippedRun(channel, runStart, length, runPolarity));
      runPolarity = null;
    }

    ChannelCount count() {
      return new ChannelCount(clipped, samples, runs, longest, nonFinite);
    }
  }
}
