package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HardThresholdTest {

  // Bins 0..4; packed as {bin 0, bin 4, re 1, im 1, re 2, im 2, re 3, im 3}.
  private final DftFrame frame = new DftFrame(4);

  @Test
  void keepsTheBinsCarryingTheMostEnergyCountingPairsTwice() {
    // Energies in the full spectrum: DC 1.44, pairs 2 * 0.81 = 1.62, 2 * 0.25, 2 * 0.64 = 1.28,
    // Nyquist 1.0.
    double[] c = {1.2, 1.0, 0.9, 0, 0.5, 0, 0.8, 0};

    new HardThreshold(frame).keepLargest(c, 2);

    assertThat(c).containsExactly(1.2, 0, 0.9, 0, 0, 0, 0, 0);
  }

  @Test
  void keepsEverythingWhenKCoversAllBins() {
    double[] c = {1, 5, 2, 1, 3, 1, 4, 1};

    new HardThreshold(frame).keepLargest(c, 5);

    assertThat(c).containsExactly(1, 5, 2, 1, 3, 1, 4, 1);
  }

  @Test
  void keepsExactlyKBinsWhenEnergiesTie() {
    double[] c = {0, 0, 1, 0, 1, 0, 1, 0};

    new HardThreshold(frame).keepLargest(c, 2);

    assertThat(Arrays.stream(c).filter(v -> v != 0).count()).isEqualTo(2);
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
