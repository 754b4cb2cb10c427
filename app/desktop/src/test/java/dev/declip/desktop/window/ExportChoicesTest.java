package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportChoicesTest {
  private static AudioInfo input(int bits, boolean floating) {
    return new AudioInfo(Container.WAV, 44100, 2, bits, floating, 1000);
  }

  @Test
  void anIntegerInputKeepsItsBitDepth() {
    assertThat(ExportChoices.encodingFor(input(16, false), Path.of("a.flac")))
        .isEqualTo(SampleEncoding.PCM_16);
    assertThat(ExportChoices.encodingFor(input(24, false), Path.of("a.wav")))
        .isEqualTo(SampleEncoding.PCM_24);
  }

  @Test
  void aFloatInputStaysFloatInWavAndBecomes24BitInFlac() {
    assertThat(ExportChoices.encodingFor(input(32, true), Path.of("a.wav")))
        .isEqualTo(SampleEncoding.FLOAT_32);
    assertThat(ExportChoices.encodingFor(input(32, true), Path.of("a.flac")))
        .isEqualTo(SampleEncoding.PCM_24);
  }
}
