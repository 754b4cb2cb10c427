package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowGridTest {

  private final WindowGrid grid = new WindowGrid(8);

  @Test
  void startsWindowKHalfAWindowBeforeKHops() {
    assertThat(grid.start(0)).isEqualTo(-4);
    assertThat(grid.start(3)).isEqualTo(8);
  }

  @Test
  void weightsOfOverlappingWindowsSumToExactlyOne() {
    for (int n = 0; n < grid.hop(); n++) {
      double later = grid.fadeIn(n);
      double earlier = 1 - later;
      assertThat(earlier + later).isEqualTo(1.0);
    }
    assertThat(grid.fadeIn(0)).isZero();
    assertThat(grid.fadeIn(2)).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void plansBothWindowsOverEachSampleThatNeedsRestoring() {
    boolean[] needed = new boolean[20];
    needed[5] = true;
    needed[13] = true;

    List<Long> starts = grid.plan(needed, 100);

    // absolute 105 lies in [100, 108) and [104, 112); 113 in [108, 116) and [112, 120)
    assertThat(starts).containsExactly(100L, 104L, 108L, 112L);
  }

  @Test
  void plansTheSameAbsoluteWindowsWhateverTheBlockStart() {
    boolean[] fromZero = new boolean[40];
    fromZero[21] = true;
    boolean[] fromThree = new boolean[37];
    fromThree[18] = true;

    assertThat(grid.plan(fromThree, 3)).isEqualTo(grid.plan(fromZero, 0));
  }

  @Test
  void plansNothingWhenNothingNeedsRestoring() {
    assertThat(grid.plan(new boolean[50], 0)).isEmpty();
  }
}
