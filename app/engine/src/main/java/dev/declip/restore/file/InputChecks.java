package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClippingReport;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refusals of inputs that cannot be restored meaningfully, each with the reason in plain words.
 * Public so that the desktop refuses the same recordings as the file restorer, in the same words.
 */
public final class InputChecks {
  /** Above this share of clipped samples there is too little signal left to restore from. */
  public static final double MAX_CLIPPED_PERCENT = 50.0;

  private InputChecks() {}

  /**
   * Refuses a recording with NaN or infinite samples, a channel more than {@link
   * #MAX_CLIPPED_PERCENT} clipped, or no clipping at all.
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
      if (channel.count().clippedPercent() > MAX_CLIPPED_PERCENT) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: channel %d is %.0f%% clipped; too little of the signal is left to restore from",
                input.getFileName(),
                channel.channel() + 1,
                channel.count().clippedPercent()));
      }
    }
    if (clipping.channels().stream().noneMatch(ChannelReport::clipped)) {
      throw new NoClippingException(
          input.getFileName() + ": no clipping found; nothing to restore");
    }
  }
}
