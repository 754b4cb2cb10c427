package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DftFrameTest {

  private final DftFrame frame = new DftFrame(256);
  private final double[] padded = new double[512];

  @Test
  void analysisPreservesTheNorm() {
    double[] x = new Random(1).doubles(256, -1, 1).toArray();
    double[] re = frame.newBins();
    double[] im = frame.newBins();

    frame.analyse(x, padded, re, im);

    double energy = 0;
    for (double v : x) {
      energy += v * v;
    }
    assertThat(frame.norm(re, im)).isCloseTo(Math.sqrt(energy), within(1e-9));
  }

  @Test
  void synthesisAfterAnalysisGivesTheFrameBack() {
    double[] x = new Random(2).doubles(256, -1, 1).toArray();
    double[] re = frame.newBins();
    double[] im = frame.newBins();
    double[] back = new double[256];

    frame.analyse(x, padded, re, im);
    frame.synthesise(re, im, padded, back);

    for (int n = 0; n < x.length; n++) {
      assertThat(back[n]).isCloseTo(x[n], within(1e-12));
    }
  }

  @Test
  void synthesisIsTheAdjointOfAnalysis() {
    Random random = new Random(3);
    double[] x = random.doubles(256, -1, 1).toArray();
    double[] cRe = random.doubles(257, -1, 1).toArray();
    double[] cIm = random.doubles(257, -1, 1).toArray();
    cIm[0] = 0;
    cIm[256] = 0;
    double[] aRe = frame.newBins();
    double[] aIm = frame.newBins();
    frame.analyse(x, padded, aRe, aIm);
    // <A x, c> over the full 2n spectrum: conjugate pairs count twice.
    double coefficientSide = 0;
    for (int k = 0; k <= 256; k++) {
      coefficientSide += frame.weight(k) * (aRe[k] * cRe[k] + aIm[k] * cIm[k]);
    }
    double[] s = new double[256];

    frame.synthesise(cRe.clone(), cIm.clone(), padded, s);

    double signalSide = 0;
    for (int n = 0; n < 256; n++) {
      signalSide += x[n] * s[n];
    }
    assertThat(signalSide).isCloseTo(coefficientSide, within(1e-9));
  }
}
