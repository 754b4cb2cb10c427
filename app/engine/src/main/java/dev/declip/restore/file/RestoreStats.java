package dev.declip.restore.file;

import dev.declip.audio.SampleEncoding;
import java.util.Locale;

/**
 * How much a restore changed, as the restored store kept it while it was written.
 *
 * @param samplesModified samples that differ from the recording
 * @param peakAboveClipDb how far the highest restored sample rises above its clip level, in dB
 * @param restoredPeak the largest magnitude of the restored recording (full scale is 1)
 * @param exportGainDb the gain an export to 16- or 24-bit applies by default (0 or less)
 */
public record RestoreStats(
    long samplesModified, double peakAboveClipDb, float restoredPeak, double exportGainDb) {

  /** The statistics of a restored recording's levels. */
  public static RestoreStats of(RestoredLevels levels) {
    return new RestoreStats(
        levels.samplesModified(),
        levels.peakAboveClipDb(),
        levels.samplePeak(),
        GainPolicy.AUTOMATIC.plan(levels, SampleEncoding.PCM_24).gainDb());
  }

  public String modifiedText() {
    return String.format(Locale.ROOT, "%,d samples modified", samplesModified);
  }

  public String peakText() {
    return samplesModified == 0
        ? "no sample above the clip level"
        : String.format(
            Locale.ROOT,
            "peaks %.2f dB above the clip level (%.2f dBFS)",
            peakAboveClipDb,
            20 * Math.log10(restoredPeak));
  }

  public String gainText() {
    return exportGainDb < -0.005
        ? String.format(
            Locale.ROOT,
            "16/24-bit export applies %.2f dB gain (true peak %.1f dBTP); 32-bit float keeps it",
            exportGainDb,
            GainPolicy.DEFAULT_CEILING_DB)
        : "export needs no gain reduction";
  }
}
