package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.SampleEncoding;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output checks shared by the file restorer and the desktop's export. */
class OutputTargetTest {
  @TempDir Path dir;

  @Test
  void refusesAnOutputThroughALinkedFolderEvenWhenNeitherFileExists() throws IOException {
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir);

    assertThatThrownBy(
            () -> OutputTarget.checkDistinct(dir.resolve("song.wav"), alias.resolve("song.wav")))
        .isInstanceOf(AudioFileException.class)
        .hasMessageContaining("output is the input file");
  }

  @Test
  void acceptsAnotherNameInTheSameFolder() {
    assertThatCode(
            () -> OutputTarget.checkDistinct(dir.resolve("song.wav"), dir.resolve("out.wav")))
        .doesNotThrowAnyException();
  }

  @Test
  void existingOutputIsExplainedWithTheReplaceHintGiven() {
    Path out = dir.resolve("out.wav");

    IOException explained =
        OutputTarget.explainWriteFailure(
            out, new FileAlreadyExistsException(out.toString()), "choose Replace");

    assertThat(explained)
        .hasMessage(out + ": already exists; nothing was written (choose Replace)");
  }

  @Test
  void existingOutputIsExplainedWithoutAHintWhenNoneIsGiven() {
    Path out = dir.resolve("out.wav");

    IOException explained =
        OutputTarget.explainWriteFailure(out, new FileAlreadyExistsException(out.toString()), "");

    assertThat(explained).hasMessage(out + ": already exists; nothing was written");
  }

  @Test
  void sixteenBitCeilingIsTheLargestCodeOverFullScale() {
    assertThat(OutputTarget.ceiling(SampleEncoding.PCM_16)).isEqualTo(32767 / 32768.0);
  }
}
