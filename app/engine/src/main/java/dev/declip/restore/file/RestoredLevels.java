package dev.declip.restore.file;

import dev.declip.levels.TruePeak;

/**
 * The levels of a restored recording, known without reading it again (see {@link RestoredStore}).
 * Peaks are linear, full scale 1; true peaks as ITU-R BS.1770-4 measures them.
 *
 * @param samplePeak the largest sample magnitude of the whole recording
 * @param truePeak the largest true peak of the whole recording
 * @param restoredSamplePeak the largest magnitude among the samples a restore changed
 * @param restoredTruePeak the largest true peak at the samples a restore changed
 * @param otherTruePeak the largest true peak at the samples left as recorded (and beyond the
 *     interpolation filter's reach of a restored one)
 * @param otherSamplePeak the largest magnitude among the samples left as recorded
 * @param samplesModified samples that differ from the recording
 * @param peakAboveClipDb how far the highest restored sample rises above its clip level, in dB
 */
public record RestoredLevels(
    float samplePeak,
    float truePeak,
    float restoredSamplePeak,
    float restoredTruePeak,
    float otherTruePeak,
    float otherSamplePeak,
    long samplesModified,
    double peakAboveClipDb) {

  public double truePeakDb() {
    return TruePeak.db(truePeak);
  }
}
