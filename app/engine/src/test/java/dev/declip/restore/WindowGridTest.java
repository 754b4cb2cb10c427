package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowGridTest {

  /** Half-overlapping windows: every sample lies in a fade. */
  private final WindowGrid grid = new WindowGrid(8, 4);

  /** Long windows with short fades: most samples lie in one window. */
  private final WindowGrid longGrid = new WindowGrid(16, 2);

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

  @Test
  void aNetworksGridHasFourTrainingWindowsWithHalfATrainingWindowOfFade() {
    WindowGrid g = WindowGrid.forNetwork(8192);

    assertThat(g.length()).isEqualTo(32768);
    assertThat(g.fade()).isEqualTo(4096);
    assertThat(g.hop()).isEqualTo(28672);
  }

  @Test
  void countsTwoWindowsInAFadeAndOneElsewhere() {
    // window 1 is [12, 28): its fade with window 0 ([-2, 14)) is [12, 14)
    assertThat(longGrid.windowsOver(11)).isEqualTo(1);
    assertThat(longGrid.windowsOver(12)).isEqualTo(2);
    assertThat(longGrid.windowsOver(13)).isEqualTo(2);
    assertThat(longGrid.windowsOver(14)).isEqualTo(1);
    assertThat(longGrid.windowsOver(-2)).isEqualTo(2);
  }

  @Test
  void plansOneWindowForASampleOutsideTheFades() {
    boolean[] needed = new boolean[40];
    needed[20] = true;

    assertThat(longGrid.plan(needed, 0)).containsExactly(12L);
  }

  @Test
  void plansBothWindowsForASampleInAFade() {
    boolean[] needed = new boolean[40];
    needed[26] = true;

    assertThat(longGrid.plan(needed, 0)).containsExactly(12L, 26L);
  }

  @Test
  void refusesAFadeLongerThanHalfTheWindow() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WindowGrid(8, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
