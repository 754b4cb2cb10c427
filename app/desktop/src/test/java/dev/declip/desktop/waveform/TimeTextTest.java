package dev.declip.desktop.waveform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTextTest {

  @Test
  void formatsHoursMinutesSecondsAndMilliseconds() {
    assertThat(TimeText.of(3_723.0456)).isEqualTo("1:02:03.046");
  }

  @Test
  void formatsZero() {
    assertThat(TimeText.of(0)).isEqualTo("0:00:00.000");
  }
}
