package dev.declip.cli;

import dev.declip.restore.file.RestoreResult;
import dev.declip.restore.file.StageTimes;
import java.util.Locale;

/** One line per restored file on stdout, stable enough to parse. */
final class ResultText {
  private ResultText() {}

  static String summary(RestoreResult r) {
    // Locale.ROOT: the line is parsed by scripts, so decimals are dots on every machine.
    return String.format(
        Locale.ROOT,
        "%s -> %s: %s, %,d clipped samples in %,d runs, %,d samples changed, restored peak %+.2f dBFS, gain %+.2f dB, %s, real-time"
            + " factor %.3f",
        r.input(),
        r.output(),
        r.algorithm(),
        r.clipping().channels().stream().mapToLong(c -> c.count().clippedSamples()).sum(),
        r.clipping().channels().stream().mapToLong(c -> c.count().runs()).sum(),
        r.samplesChanged(),
        r.restoredPeakDbfs(),
        r.gainDb(),
        r.encoding(),
        StageTimes.realTimeFactor(r.times().total(), r.info().durationSeconds()));
  }
}
