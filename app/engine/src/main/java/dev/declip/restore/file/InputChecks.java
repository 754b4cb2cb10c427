package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClippingReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refusals of inputs that cannot be restored meaningfully, and warnings about those that can only
 * be restored roughly, each with the reason in plain words. Public so that the desktop refuses and
 * warns about the same recordings as the file restorer, in the same words.
 */
public final class InputChecks {
  /**
   * Above this share of clipped samples in a channel, the restoration is mostly a guess and the
   * user is warned. It is still restored: heavily clipped recordings gain the most from
   * restoration.
   */
  public static final double HEAVY_CLIPPED_PERCENT = 50.0;

  private InputChecks() {}

  /**
   * Refuses a recording with NaN or infinite samples, a clipped channel with no unclipped sample
   * left, or no clipping at all.
   *
   * @throws NoClippingException when no channel is clipped
   * @throws AudioFileException naming the file and what is wrong, for the other refusals
   */
  public static void requireRestorable(Path input, ClippingReport clipping)
      throws AudioFileException {
    for (ChannelReport channel : clipping.channels()) {
      if (channel.count().nonFiniteSamples() > 0) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: channel %d holds %d NaN or infinite samples; repair the file first",
                input.getFileName(),
                channel.channel() + 1,
                channel.count().nonFiniteSamples()));
      }
      if (channel.count().samples() > 0
          && channel.count().clippedSamples() == channel.count().samples()) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: channel %d is clipped in every sample; no signal is left to restore from",
                input.getFileName(),
                channel.channel() + 1));
      }
    }
    if (clipping.channels().stream().noneMatch(ChannelReport::clipped)) {
      throw new NoClippingException(
          input.getFileName() + ": no clipping found; nothing to restore");
    }
  }

  /**
   * One line per channel clipped more than {@link #HEAVY_CLIPPED_PERCENT}, e.g. "channel 1 is 56%
   * clipped; much of it is guessed, listen before you use it".
   */
  public static List<String> warnings(ClippingReport clipping) {
    return clipping.channels().stream()
        .filter(c -> c.count().clippedPercent() > HEAVY_CLIPPED_PERCENT)
        .map(
            c ->
                String.format(
                    Locale.ROOT,
                    "channel %d is %.0f%% clipped; much of the restored signal is a guess,"
                        + " listen before you use it",
                    c.channel() + 1,
                    c.count().clippedPercent()))
        .toList();
  }
}
