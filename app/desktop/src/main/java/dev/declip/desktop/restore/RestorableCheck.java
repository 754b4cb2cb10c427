package dev.declip.desktop.restore;

import dev.declip.audio.AudioFileException;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClippingReport;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a restore that cannot mean anything, with the engine's own wording (its InputChecks is
 * package-private to the file restorer; the limits here are the same).
 */
final class RestorableCheck {
  /** Above this share of clipped samples too little of the signal is left (as the engine). */
  static final double MAX_CLIPPED_PERCENT = 50.0;

  private RestorableCheck() {}

  static void require(Path file, ClippingReport clipping) throws AudioFileException {
    String name = String.valueOf(file.getFileName());
    for (ChannelReport channel : clipping.channels()) {
      if (channel.count().nonFiniteSamples() > 0) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: channel %d holds %d NaN or infinite samples; repair the file first",
                name,
                channel.channel() + 1,
                channel.count().nonFiniteSamples()));
      }
      if (channel.count().clippedPercent() > MAX_CLIPPED_PERCENT) {
        throw new AudioFileException(
            String.format(
                Locale.ROOT,
                "%s: channel %d is %.0f%% clipped; too little of the signal is left to restore"
                    + " from",
                name,
                channel.channel() + 1,
                channel.count().clippedPercent()));
      }
    }
    if (clipping.channels().stream().noneMatch(ChannelReport::clipped)) {
      throw new AudioFileException(name + ": no clipping found; nothing to restore");
    }
  }
}
