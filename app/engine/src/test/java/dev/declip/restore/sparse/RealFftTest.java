package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealFftTest {

  @ParameterizedTest
  @ValueSource(ints = {4, 8, 64, 512})
  void forwardMatchesANaiveDft(int size) {
    double[] x = new Random(size).doubles(size, -1, 1).toArray();
    double[] re = new double[size / 2 + 1];
    double[] im = new double[size / 2 + 1];

    new RealFft(size).forward(x, re, im);

    for (int k = 0; k <= size / 2; k++) {
      double sr = 0;
      double si = 0;
      for (int m = 0; m < size; m++) {
        sr += x[m] * Math.cos(2 * Math.PI * k * m / size);
        si -= x[m] * Math.sin(2 * Math.PI * k * m / size);
      }
      assertThat(re[k]).as("re %d", k).isCloseTo(sr, within(1e-9));
      assertThat(im[k]).as("im %d", k).isCloseTo(si, within(1e-9));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 8, 64, 512})
  void inverseMatchesANaiveInverseDftOfTheHermitianSpectrum(int size) {
    Random random = new Random(-size);
    double[] re = random.doubles(size / 2 + 1, -1, 1).toArray();
    double[] im = random.doubles(size / 2 + 1, -1, 1).toArray();
    im[0] = 0;
    im[size / 2] = 0;
    double[] expected = new double[size];
    for (int m = 0; m < size; m++) {
      for (int k = 0; k < size; k++) {
        // Bins above size/2 are the conjugates of bins below.
        int b = k <= size / 2 ? k : size - k;
        double sign = k <= size / 2 ? 1 : -1;
        double angle = 2 * Math.PI * k * m / size;
        expected[m] += re[b] * Math.cos(angle) - sign * im[b] * Math.sin(angle);
      }
    }
    double[] x = new double[size];

    new RealFft(size).inverse(re, im, x);

    for (int m = 0; m < size; m++) {
      assertThat(x[m]).as("sample %d", m).isCloseTo(expected[m], within(1e-9));
    }
  }

  @Test
  void rejectsSizesThatAreNotPowersOfTwo() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RealFft(24))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
