package dev.declip.restore.file;

import dev.declip.clipping.ClipLevels;
import dev.declip.samples.SampleStore;
import java.util.List;
import java.util.Optional;

/** Compares a restored recording with the original to say how much the restore changed. */
public final class RestoreMeasure {
  private RestoreMeasure() {}

  /**
   * @param originalPeak the original recording's largest magnitude
   */
  public static RestoreStats measure(
      SampleStore original,
      RestoredStore restored,
      List<Optional<ClipLevels>> levels,
      float originalPeak) {
    long modified = 0;
    double ratio = 0; // largest |restored| / clip level over modified samples
    float peak = originalPeak;
    float[] before = new float[RestoredStore.BLOCK];
    float[] after = new float[RestoredStore.BLOCK];
    for (int c = 0; c < original.channels(); c++) {
      for (int index : restored.blockIndices(c)) {
        long start = (long) index * RestoredStore.BLOCK;
        int n = (int) Math.min(RestoredStore.BLOCK, original.frames() - start);
        restored.read(c, start, after, 0, n);
        original.read(c, start, before, 0, n);
        for (int i = 0; i < n; i++) {
          if (Float.floatToRawIntBits(after[i]) != Float.floatToRawIntBits(before[i])) {
            modified++;
            peak = Math.max(peak, Math.abs(after[i]));
            if (levels.get(c).isPresent()) {
              float level = levels.get(c).get().levelFor(after[i]);
              ratio = Math.max(ratio, Math.abs(after[i]) / level);
            }
          }
        }
      }
    }
    double gain = GainPolicy.AUTOMATIC.linearGain(peak, 1.0);
    double aboveDb = ratio > 0 ? 20 * Math.log10(ratio) : 0;
    return new RestoreStats(modified, aboveDb, peak, 20 * Math.log10(gain));
  }
}
