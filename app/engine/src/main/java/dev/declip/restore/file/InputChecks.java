package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.clipping.ChannelReport;
import dev.declip.clipping.ClippingAnalysis;
import java.nio.file.Path;

/** Refusals of inputs that cannot be restored meaningfully, each with the reason in plain words. */
final class InputChecks {
  private InputChecks() {}

  static void requireRestorable(Path input, ClippingAnalysis.Result analysis) throws AudioFileException {
    for (ChannelReport channel : analysis.report().channels()) {
      if (channel.nonFiniteSamples() > 0) {
        throw new AudioFileException(
            String.format(
                "%s: channel %d holds %d NaN or infinite samples; repair the file first",
                input.getFileName(), channel.channel() + 1, channel.nonFiniteSamples()));
      }
      if (channel.percentClipped() > FileRestorer.MAX_CLIPPED_PERCENT) {
        throw new AudioFileException(
            String.format(
                "%s: channel %d is %.0f%% clipped; too little of the signal is left to restore from",
                input.getFileName(), channel.channel() + 1, channel.percentClipped()));
      }
    }
    if (analysis.levels().stream().allMatch(java.util.Optional::isEmpty)) {
      throw new NoClippingException(input.getFileName() + ": no clipping found; nothing to restore");
    }
  }
}
