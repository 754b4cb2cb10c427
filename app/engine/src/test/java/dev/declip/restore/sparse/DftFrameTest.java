package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DftFrameTest {

  private final DftFrame frame = new DftFrame(256);
  private final double[] scratch = frame.newCoefficients();

  @Test
  void analysisIsTheScaledDftOfTheZeroPaddedFrame() {
    int n = 16;
    DftFrame small = new DftFrame(n);
    double[] x = new Random(4).doubles(n, -1, 1).toArray();
    double[] c = small.newCoefficients();

    small.analyse(x, c);

    double scale = 1 / Math.sqrt(2.0 * n);
    for (int k = 0; k <= n; k++) {
      double re = 0;
      double im = 0;
      for (int m = 0; m < n; m++) {
        re += x[m] * Math.cos(2 * Math.PI * k * m / (2 * n));
        im -= x[m] * Math.sin(2 * Math.PI * k * m / (2 * n));
      }
      double energy = (k == 0 || k == n ? 1 : 2) * (re * re + im * im) * scale * scale;
      assertThat(small.binEnergy(c, k)).as("bin %d", k).isCloseTo(energy, within(1e-12));
      if (k > 0 && k < n) {
        assertThat(c[2 * k]).as("bin %d real", k).isCloseTo(re * scale, within(1e-12));
        assertThat(Math.abs(c[2 * k + 1])).isCloseTo(Math.abs(im * scale), within(1e-12));
      }
    }
  }

  @Test
  void analysisPreservesTheNorm() {
    double[] x = new Random(1).doubles(256, -1, 1).toArray();
    double[] c = frame.newCoefficients();

    frame.analyse(x, c);

    double energy = 0;
    for (double v : x) {
      energy += v * v;
    }
    assertThat(frame.norm(c)).isCloseTo(Math.sqrt(energy), within(1e-9));
  }

  @Test
  void synthesisAfterAnalysisGivesTheFrameBack() {
    double[] x = new Random(2).doubles(256, -1, 1).toArray();
    double[] c = frame.newCoefficients();
    double[] back = new double[256];

    frame.analyse(x, c);
    frame.synthesise(c, scratch, back);

    for (int n = 0; n < x.length; n++) {
      assertThat(back[n]).isCloseTo(x[n], within(1e-12));
    }
  }

  @Test
  void synthesisIsTheAdjointOfAnalysis() {
    Random random = new Random(3);
    double[] x = random.doubles(256, -1, 1).toArray();
    double[] c = random.doubles(512, -1, 1).toArray();
    double[] a = frame.newCoefficients();
    frame.analyse(x, a);
    // <A x, c> over the full 2n spectrum: conjugate pairs count twice.
    double coefficientSide = 0;
    for (int i = 0; i < c.length; i++) {
      coefficientSide += DftFrame.weight(i) * a[i] * c[i];
    }
    double[] s = new double[256];

    frame.synthesise(c, scratch, s);

    double signalSide = 0;
    for (int n = 0; n < 256; n++) {
      signalSide += x[n] * s[n];
    }
    assertThat(signalSide).isCloseTo(coefficientSide, within(1e-9));
  }
}
