package dev.declip.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TruePeakTest {

  /** A full-scale sine at a quarter of the rate, sampled 45° off its crests. */
  private static float[] quarterRateSine(int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) Math.sin(Math.PI / 2 * i + Math.PI / 4);
    }
    return x;
  }

  @Test
  void findsThePeakBetweenSamplesThatTheSamplesMiss() {
    float[] x = quarterRateSine(4000);
    float samplePeak = 0;
    for (float v : x) {
      samplePeak = Math.max(samplePeak, Math.abs(v));
    }
    assertThat(TruePeak.db(samplePeak)).isCloseTo(-3.01, within(0.01));
    // BS.1770-4's filter reads a full-scale sine within a few tenths of a dB of 0 dBTP
    assertThat(TruePeak.db(TruePeak.of(x))).isCloseTo(0, within(0.3));
  }

  @Test
  void isNeverBelowTheSamplePeak() {
    float[] x = new float[1000];
    x[500] = 0.8f;
    assertThat(TruePeak.of(x)).isGreaterThanOrEqualTo(0.8f);
  }

  @Test
  void blocksMeasuredAsChunksStreamPastAgreeWithTheWholeSignalWhateverTheChunks() {
    SplittableRandom random = new SplittableRandom(3);
    int frames = 3 * 1000 + 17;
    float[][] x = new float[2][frames];
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < frames; i++) {
        x[c][i] = (float) (random.nextDouble() * 2 - 1) * (i % 1000 < 500 ? 0.2f : 0.9f);
      }
    }
    BlockPeaks.Meter meter = new BlockPeaks.Meter(2, 1000);
    for (int at = 0; at < frames; ) {
      int n = Math.min(frames - at, 1 + random.nextInt(700));
      float[][] chunk = new float[2][n];
      for (int c = 0; c < 2; c++) {
        System.arraycopy(x[c], at, chunk[c], 0, n);
      }
      meter.accept(chunk, n);
      at += n;
    }
    BlockPeaks peaks = meter.finish();
    assertThat(peaks.blocks()).isEqualTo(4);
    for (int c = 0; c < 2; c++) {
      float whole = TruePeak.of(x[c]);
      float largest = 0;
      for (int b = 0; b < peaks.blocks(); b++) {
        largest = Math.max(largest, peaks.truePeak(c, b));
        assertThat(peaks.truePeak(c, b)).isGreaterThanOrEqualTo(peaks.samplePeak(c, b));
      }
      assertThat(largest).isEqualTo(whole);
    }
  }

  @Test
  void nearMarksTheSamplesWithinTheFiltersReachOfAChange() {
    boolean[] changed = new boolean[30];
    changed[15] = true;
    boolean[] near = TruePeak.near(changed);
    for (int i = 0; i < 30; i++) {
      assertThat(near[i]).as("sample %d", i).isEqualTo(Math.abs(i - 15) <= TruePeak.DELAY);
    }
  }

  @Test
  void anEmptyRecordingHasOneSilentBlock() {
    BlockPeaks peaks = new BlockPeaks.Meter(2, 1000).finish();
    assertThat(peaks.blocks()).isEqualTo(1);
    assertThat(peaks.truePeak(1, 0)).isZero();
  }
}
