package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportNamesTest {
  @Test
  void aWritableFormatIsKept() {
    assertThat(ExportNames.suggested(Path.of("/m/take.wav"))).isEqualTo("take-declipped.wav");
  }

  @Test
  void aReadOnlyFormatBecomesFlac() {
    assertThat(ExportNames.suggested(Path.of("/m/song.mp3"))).isEqualTo("song-declipped.flac");
  }
}
