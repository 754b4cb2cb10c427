package dev.declip.restore.best;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Sdr;
import dev.declip.restore.Signals;
import dev.declip.restore.sparse.ASpade;
import dev.declip.restore.sparse.SeededSpade;
import org.junit.jupiter.api.Test;

class BestRestorationTest {

  private static final int RATE = 22050;

  /** A seed that overshoots: every clipped sample pushed to eight times the level. */
  private static final class Overshooting implements RestorationAlgorithm {
    @Override
    public String name() {
      return "overshooting";
    }

    @Override
    public float[] estimate(
        float[] y, long firstFrame, ClipLevels levels, int rate, Cancellation cancellation) {
      float[] x = y.clone();
      for (int i = 0; i < y.length; i++) {
        if (levels.isClipped(y[i])) {
          x[i] = 8 * y[i];
        }
      }
      return x;
    }

    @Override
    public int contextSamples(int sampleRate) {
      return 0;
    }
  }

  /** Four partials of a 220 Hz tone, peak near 1. */
  private static float[] chord(int length) {
    double[] hertz = {220, 440, 660, 1100};
    double[] amplitude = {0.5, 0.3, 0.2, 0.1};
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      double v = 0;
      for (int p = 0; p < hertz.length; p++) {
        v += amplitude[p] * Math.sin(2 * Math.PI * hertz[p] * i / RATE + p);
      }
      x[i] = (float) v;
    }
    return x;
  }

  private static BestRestoration best(RestorationAlgorithm seed) {
    return new BestRestoration(new SeededSpade(seed, new ASpade(SeededSpade.DEFAULTS, 2)));
  }

  @Test
  void neverReturnsWorseThanTheInputWhenTheNetworkOvershoots() {
    float[] x = chord(8192);
    float[] y = Signals.clip(x, 0.4f, 0.4f);
    ClipLevels levels = ClipLevels.symmetric(0.4f);
    try (BestRestoration best = best(new Overshooting())) {
      float[] overshot = new Overshooting().estimate(y, 0, levels, RATE, Cancellation.NEVER);

      float[] restored = best.estimate(y, levels, RATE, Cancellation.NEVER);

      assertThat(Sdr.db(x, overshot)).isLessThan(Sdr.db(x, y));
      assertThat(Sdr.db(x, restored)).isGreaterThanOrEqualTo(Sdr.db(x, y));
      assertThat(best.choices().get(BestRestoration.Choice.INPUT)).isEqualTo(1);
    }
  }

  @Test
  void restoresWellWhenTheSeedIsGood() {
    float[] x = chord(8192);
    float[] y = Signals.clip(x, 0.4f, 0.4f);
    ClipLevels levels = ClipLevels.symmetric(0.4f);
    try (BestRestoration best = best(new CubicInterpolation())) {

      float[] restored = best.estimate(y, levels, RATE, Cancellation.NEVER);

      assertThat(Sdr.db(x, restored)).isGreaterThan(Sdr.db(x, y) + 6);
      assertThat(best.choices().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
    }
  }

  @Test
  void returnsABlockWithoutClippingUntouched() {
    float[] x = chord(4096);
    for (int i = 0; i < x.length; i++) {
      x[i] *= 0.3f;
    }
    try (BestRestoration best = best(new Overshooting())) {

      float[] restored = best.estimate(x, ClipLevels.symmetric(0.5f), RATE, Cancellation.NEVER);

      assertThat(restored).containsExactly(x);
    }
  }
}
