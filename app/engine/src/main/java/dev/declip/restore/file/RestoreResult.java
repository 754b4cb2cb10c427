package dev.declip.restore.file;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClippingReport;
import java.nio.file.Path;
import java.util.List;

/**
 * What a file restoration did.
 *
 * @param restoredPeak the largest restored magnitude before gain (may exceed 1.0 = full scale)
 * @param gainDb the gain applied when encoding (0 when none)
 * @param samplesChanged samples that differ from the input before gain
 */
public record RestoreResult(
    Path input,
    Path output,
    AudioInfo info,
    ClippingReport clipping,
    String algorithm,
    SampleEncoding encoding,
    float restoredPeak,
    double gainDb,
    long samplesChanged,
    StageTimes times,
    List<String> warnings) {

  public double restoredPeakDbfs() {
    return 20 * Math.log10(restoredPeak);
  }
}
