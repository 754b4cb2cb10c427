package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClippingReport;
import java.nio.file.Path;

/** Refusals of inputs that cannot be restored meaningfully, each with the reason in plain words. */
final class InputChecks {
  private InputChecks() {}

  static void requireRestorable(Path input, ClippingReport clipping) throws AudioFileException {
    for (ChannelReport channel : clipping.channels()) {
      if (channel.count().nonFiniteSamples() > 0) {
        throw new AudioFileException(
            String.format(
                "%s: channel %d holds %d NaN or infinite samples; repair the file first",
                input.getFileName(), channel.channel() + 1, channel.count().nonFiniteSamples()));
      }
      if (channel.count().clippedPercent() > FileRestorer.MAX_CLIPPED_PERCENT) {
        throw new AudioFileException(
            String.format(
                "%s: channel %d is %.0f%% clipped; too little of the signal is left to restore from",
                input.getFileName(), channel.channel() + 1, channel.count().clippedPercent()));
      }
    }
    if (clipping.channels().stream().noneMatch(ChannelReport::clipped)) {
      throw new NoClippingException(
          input.getFileName() + ": no clipping found; nothing to restore");
    }
  }
}
