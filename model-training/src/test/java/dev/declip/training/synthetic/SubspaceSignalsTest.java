package dev.declip.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubspaceSignalsTest {

  @Test
  void clipsTheAskedFractionOfEveryExample() {
    SyntheticSet set =
        new SubspaceSignals(100, 10, new SplittableRandom(3))
            .draw(20, 0.3, new SplittableRandom(4));
    for (int i = 0; i < set.count(); i++) {
      int row = i;
      long clipped = IntStream.range(0, 100).filter(t -> set.mask()[row * 100 + t] == 0).count();
      assertThat(clipped).isEqualTo(30);
    }
  }

  @Test
  void scaleMapsTheMidpointBetweenClippedAndUnclippedMagnitudesToTheLevel() {
    // Magnitudes 4, 2, 1, 0.5: clipping two maps (2 + 1) / 2 to 1, so the scale is 2 / 3.
    assertThat(SubspaceSignals.scaleForClippedCount(new double[] {1, -4, 0.5, 2}, 2))
        .isEqualTo(2.0 / 3);
  }

  @Test
  void signalsOfAOneDimensionalSubspaceAreMultiplesOfOneAnother() {
    SyntheticSet set =
        new SubspaceSignals(100, 1, new SplittableRandom(3)).draw(2, 0.2, new SplittableRandom(4));
    double ratio = (double) set.clean()[0] / set.clean()[100];
    for (int t = 1; t < 100; t++) {
      assertThat((double) set.clean()[t] / set.clean()[100 + t]).isCloseTo(ratio, within(1e-4));
    }
  }
}
