package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFileException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

  @Test
  void anEngineMessageIsShownAsItIs() {
    assertThat(ErrorMessages.oneLine(new AudioFileException("x.wav: truncated after 0.17 s")))
        .isEqualTo("x.wav: truncated after 0.17 s");
  }

  @Test
  void onlyTheFirstLineOfAMessageIsShown() {
    assertThat(ErrorMessages.oneLine(new AudioFileException("bad header\n\tat somewhere")))
        .isEqualTo("bad header");
  }

  @Test
  void aWrappedIoFailureShowsTheCause() {
    assertThat(
            ErrorMessages.oneLine(
                new UncheckedIOException(new NoSuchFileException("/tmp/gone.flac"))))
        .isEqualTo("/tmp/gone.flac: file not found");
  }

  @Test
  void aProgrammingErrorIsCalledUnexpectedWithoutItsClassPath() {
    assertThat(ErrorMessages.oneLine(new IllegalStateException()))
        .isEqualTo("unexpected error (IllegalStateException)");
  }
}
