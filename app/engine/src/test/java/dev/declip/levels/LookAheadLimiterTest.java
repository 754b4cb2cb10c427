package dev.declip.levels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookAheadLimiterTest {

  @Test
  void lowersARestoredPeakToTheCeilingSmoothlyAndLeavesFarSamplesAtUnity() {
    int n = 2000;
    float[][] x = new float[1][n];
    boolean[][] restored = new boolean[1][n];
    for (int i = 0; i < n; i++) {
      x[0][i] = (float) (0.3 * Math.sin(i * 0.05));
    }
    x[0][1000] = 1.5f;
    restored[0][1000] = true;
    LookAheadLimiter limiter = new LookAheadLimiter(0.9, 50, 200);
    float[] envelope = new float[n - 200];
    int lowered = limiter.envelope(x, restored, 100, n - 100, 1.0, envelope);

    float atPeak = envelope[1000 - 100];
    assertThat(1.5 * atPeak).isLessThanOrEqualTo(0.9 + 1e-6);
    // The hold, the look-ahead and the release around the peak, and around the interpolated peaks
    // beside it (within the filter's reach of the restored sample)
    int span = 2 * LookAheadLimiter.HOLD + 50 + 200 - 1;
    assertThat(lowered).isBetween(span, span + 2 * TruePeak.DELAY);
    for (int i = 0; i < envelope.length; i++) {
      int frame = i + 100;
      int reach = TruePeak.DELAY + LookAheadLimiter.HOLD;
      if (frame < 1000 - reach - 50 || frame > 1000 + reach + 200) {
        assertThat(envelope[i]).as("frame %d", frame).isEqualTo(1f);
      }
      if (i > 0) {
        assertThat(Math.abs(envelope[i] - envelope[i - 1])).isLessThan(0.02f); // no step
      }
    }
  }

  @Test
  void aRecordedSampleAboveTheCeilingDoesNotTriggerIt() {
    float[][] x = new float[1][500];
    x[0][250] = 1.2f;
    float[] envelope = new float[300];
    int lowered =
        new LookAheadLimiter(0.9, 20, 50).envelope(x, new boolean[1][500], 100, 400, 1.0, envelope);
    assertThat(lowered).isZero();
  }
}
