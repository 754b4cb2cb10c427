package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

  @Test
  void choosesTheContainerFromTheExtension() {
    assertThat(OutputFormat.forPath(Path.of("out/Song.FLAC"), SampleEncoding.PCM_24))
        .isEqualTo(new OutputFormat(Container.FLAC, SampleEncoding.PCM_24));
  }

  @Test
  void refusesAnExtensionItDoesNotKnow() {
    assertThatThrownBy(() -> OutputFormat.forPath(Path.of("song.wma"), SampleEncoding.PCM_16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("song.wma");
  }

  @Test
  void refusesToWriteAContainerThatOnlyDecodes() {
    assertThatThrownBy(() -> OutputFormat.forPath(Path.of("song.mp3"), SampleEncoding.PCM_16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MP3 files cannot be written");
  }

  @Test
  void refusesFloatSamplesInFlac() {
    assertThatThrownBy(() -> new OutputFormat(Container.FLAC, SampleEncoding.FLOAT_32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FLAC");
  }

  @Test
  void acceptsFloatSamplesInWav() {
    assertThat(new OutputFormat(Container.WAV, SampleEncoding.FLOAT_32).encoding().floatingPoint())
        .isTrue();
  }

  @Test
  void wavHoldsNoMoreFramesThanItsFourGigabyteLimitAllows() {
    OutputFormat wav = new OutputFormat(Container.WAV, SampleEncoding.PCM_24);

    long frames = wav.maxFrames(8);
    assertThat(frames * 8 * 3).isLessThan(0xFFFFFFFFL).isGreaterThan(0xFFFFFFFFL - 200);
    assertThat(new OutputFormat(Container.FLAC, SampleEncoding.PCM_24).maxFrames(8))
        .isEqualTo(Long.MAX_VALUE);
  }
}
