package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpadeSettingsTest {

  @Test
  void scalesTheWindowWithTheRateToAPowerOfTwo() {
    SpadeSettings settings = SpadeSettings.DEFAULTS;

    assertThat(settings.windowLength(22050)).isEqualTo(1024);
    assertThat(settings.windowLength(44100)).isEqualTo(2048);
    assertThat(settings.windowLength(48000)).isEqualTo(2048);
    assertThat(settings.windowLength(16000)).isEqualTo(1024);
    assertThat(settings.windowLength(96000)).isEqualTo(4096);
  }

  @Test
  void rejectsAWindowThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new SpadeSettings(0.1, 1000, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }
}
