package dev.declip.restore.file;

import java.util.Locale;

/**
 * How much a restore changed.
 *
 * @param samplesModified samples that differ from the recording
 * @param peakAboveClipDb how far the highest restored sample rises above its clip level, in dB
 * @param restoredPeak the largest magnitude of the restored recording (full scale is 1)
 * @param exportGainDb the gain an export to 16- or 24-bit applies so the peak fits (0 or less)
 */
public record RestoreStats(
    long samplesModified, double peakAboveClipDb, float restoredPeak, double exportGainDb) {

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
            "16/24-bit export applies %.2f dB gain; 32-bit float keeps it",
            exportGainDb)
        : "export needs no gain reduction";
  }
}
