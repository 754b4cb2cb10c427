package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HardThresholdTest {

  private final DftFrame frame = new DftFrame(4); // bins 0..4, DC and Nyquist count once

  @Test
  void keepsTheBinsCarryingTheMostEnergyCountingPairsTwice() {
    // Energies in the full spectrum: DC 1.44, pairs 2 * 0.81 = 1.62, 2 * 0.25, 2 * 0.64 = 1.28,
    // Nyquist 1.0.
    double[] re = {1.2, 0.9, 0.5, 0.8, 1.0};
    double[] im = new double[5];

    new HardThreshold(frame).keepLargest(re, im, 2);

    assertThat(re).containsExactly(1.2, 0.9, 0, 0, 0);
  }

  @Test
  void keepsEverythingWhenKCoversAllBins() {
    double[] re = {1, 2, 3, 4, 5};
    double[] im = {0, 1, 1, 1, 0};

    new HardThreshold(frame).keepLargest(re, im, 5);

    assertThat(re).containsExactly(1, 2, 3, 4, 5);
    assertThat(im).containsExactly(0, 1, 1, 1, 0);
  }

  @Test
  void keepsExactlyKBinsWhenEnergiesTie() {
    double[] re = {0, 1, 1, 1, 0};
    double[] im = new double[5];

    new HardThreshold(frame).keepLargest(re, im, 2);

    assertThat(Arrays.stream(re).filter(v -> v != 0).count()).isEqualTo(2);
  }

  @Test
  void selectFindsTheValueOfEachRankAsSortingWould() {
    double[] values = new Random(4).doubles(101).map(v -> Math.floor(v * 20)).toArray();
    double[] sorted = values.clone();
    Arrays.sort(sorted);

    for (int rank = 0; rank < values.length; rank++) {
      assertThat(HardThreshold.select(values.clone(), rank)).isEqualTo(sorted[rank]);
    }
  }
}
