package dev.declip.desktop.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.declip.desktop.samples.TestStores;
import dev.declip.samples.FrameRange;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The thin device part: PCM conversion, the heard-frame arithmetic, a machine without output. */
class OutputPathTest {

  @Test
  void pcmClampsRestoredPeaksAboveFullScaleAndPlaysNanAsSilence() {
    byte[] out = new byte[8];

    Pcm16.encode(new float[] {1.5f, -1.5f, 0.5f, Float.NaN}, 4, out);

    assertThat(out).containsExactly(0xFF, 0x7F, 0x00, 0x80, 0x00, 0x40, 0x00, 0x00);
  }

  @Test
  void pcmIsSigned16BitLittleEndian() {
    byte[] out = new byte[4];

    Pcm16.encode(new float[] {0.5f, -1f / 32768}, 2, out);

    assertThat(out).containsExactly(0x00, 0x40, 0xFF, 0xFF);
  }

  @Test
  void heardFrameIsWrittenLessWhatTheLineStillHolds() {
    assertThat(AbPlayer.heardFrame(10_240, 4096)).isEqualTo(6144);
    assertThat(AbPlayer.heardFrame(512, 4096)).isZero();
  }

  @Test
  void noOutputDeviceGivesAPlainMessage() {
    assumeTrue(AudioSystem.getMixerInfo().length == 0, "this machine has an audio device");

    assertThatThrownBy(() -> OutputLines.open(OutputLines.pcm16(44100, 2), 4096))
        .isInstanceOf(AudioOutputUnavailableException.class)
        .hasMessage("No audio output device found; playback is unavailable (export still works)");
  }

  @Test
  void playerReportsTheMissingDeviceAndStaysStopped() {
    assumeTrue(AudioSystem.getMixerInfo().length == 0, "this machine has an audio device");
    AbPlayer player = new AbPlayer(TestStores.of(44100, new float[441]), (frame, side) -> {});

    assertThatThrownBy(() -> player.play(new FrameRange(0, 441), true))
        .isInstanceOf(AudioOutputUnavailableException.class)
        .hasMessageStartingWith("No audio output device");
    assertThat(player.isPlaying()).isFalse();
  }
}
