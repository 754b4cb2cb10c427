package dev.declip.desktop.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLeftTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aSteadyPaceGivesTheRestOfTheTimeAtThatPace() {
    TimeLeft left = new TimeLeft();
    left.estimate(0, 100, 0);
    assertThat(left.estimate(25, 100, 10 * SECOND)).isEqualTo("about 30 s left");
    assertThat(left.estimate(50, 100, 20 * SECOND)).isEqualTo("about 20 s left");
  }

  @Test
  void nothingIsSaidBeforeASecondHasPassed() {
    TimeLeft left = new TimeLeft();
    left.estimate(0, 100, 0);
    assertThat(left.estimate(30, 100, SECOND / 2)).isEmpty();
  }

  @Test
  void theNextStepOfAJobStartsItsOwnCount() {
    TimeLeft left = new TimeLeft();
    left.estimate(0, 100, 0);
    left.estimate(90, 100, 90 * SECOND);
    left.estimate(0, 10, 90 * SECOND);
    assertThat(left.estimate(5, 10, 92 * SECOND)).isEqualTo("about 2 s left");
  }

  @Test
  void longWaitsReadInMinutesAndHours() {
    assertThat(TimeLeft.text(70)).isEqualTo("1 min 10 s");
    assertThat(TimeLeft.text(3 * 3600 + 120)).isEqualTo("3 h 2 min");
  }
}
