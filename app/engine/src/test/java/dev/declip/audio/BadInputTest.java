package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every broken file ends in one AudioFileException whose one-line message names the file. */
class BadInputTest {

  @TempDir Path dir;

  private static String failureOf(Path file) {
    Throwable thrown = catchThrowable(() -> AudioFiles.readAll(file));
    assertThat(thrown).isInstanceOf(AudioFileException.class);
    assertThat(thrown.getMessage()).startsWith(file.getFileName() + ": ").doesNotContain("\n");
    return thrown.getMessage();
  }

  @Test
  void reportsAMissingFile() {
    assertThat(failureOf(dir.resolve("nowhere.wav"))).contains("not found");
  }

  @Test
  void reportsAFolder() throws IOException {
    assertThat(failureOf(Files.createDirectory(dir.resolve("folder.wav")))).contains("folder");
  }

  @Test
  void reportsOpusInOggAsNotSupportedRatherThanDamaged() throws IOException {
    // An Ogg page whose first packet is an Opus identification header, as opusenc writes it.
    byte[] page = new byte[28 + 19];
    System.arraycopy("OggS".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, page, 0, 4);
    page[5] = 2; // beginning of stream
    page[26] = 1;
    page[27] = 19;
    byte[] opusHead = "OpusHead".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(opusHead, 0, page, 28, opusHead.length);
    Path opus = Files.write(dir.resolve("voice.opus"), page);

    assertThat(failureOf(opus)).contains("Opus audio is not supported");
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(failureOf(Fixtures.path("bad/empty.wav"))).contains("empty");
  }

  @Test
  void reportsATextFileNamedWavAsUnsupported() {
    assertThat(failureOf(Fixtures.path("bad/text-renamed.wav"))).contains("unsupported format");
  }

  @Test
  void reportsAnAsfBlobAsUnsupported() {
    assertThat(failureOf(Fixtures.path("bad/asf-like.wma"))).contains("unsupported format");
  }

  @Test
  void reportsAWavCutInsideItsDataChunkAsTruncatedWithHowFarItGot() {
    // 30000 bytes: 44 of header, then 29956 / 4 = 7489 frames = 0.17 s of the promised 0.30 s.
    assertThat(failureOf(Fixtures.path("bad/truncated-data.wav")))
        .contains("truncated after 0.17 s")
        .contains("0.30 s");
  }

  @Test
  void reportsAFlacCutShortAsTruncated() {
    assertThat(failureOf(Fixtures.path("bad/truncated.flac"))).contains("truncated");
  }

  @Test
  void reportsAnMp3CutShortAsTruncated() {
    assertThat(failureOf(Fixtures.path("bad/truncated.mp3"))).contains("truncated");
  }

  @Test
  void reportsAnOggCutShortAsTruncated() {
    assertThat(failureOf(Fixtures.path("bad/truncated.ogg"))).contains("truncated");
  }

  @Test
  void reportsAWavHeaderWithZeroChannels() {
    assertThat(failureOf(Fixtures.path("bad/zero-channels.wav"))).contains("0 channels");
  }

  @Test
  void reportsAWavHeaderWithAnAbsurdSampleRate() {
    assertThat(failureOf(Fixtures.path("bad/absurd-rate.wav"))).contains("sample rate of 0 Hz");
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource({
    "stereo-44100.mp3, 10", "stereo-44100.mp3, 100", "stereo-44100.mp3, 1000",
    "stereo-16bit-44100.flac, 10", "stereo-16bit-44100.flac, 100", "stereo-16bit-44100.flac, 3000",
    "stereo-44100.ogg, 10", "stereo-44100.ogg, 100",
  })
  void neverLetsACodecExceptionEscapeFromADamagedFile(String fixture, int seed) throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      bytes[200 + random.nextInt(bytes.length - 200)] = (byte) random.nextInt();
    }
    Path damaged = Files.write(dir.resolve("damaged-" + fixture), bytes);

    Throwable thrown = catchThrowable(() -> AudioFiles.readAll(damaged));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(AudioFileException.class);
      assertThat(thrown.getMessage())
          .startsWith(damaged.getFileName() + ": ")
          .doesNotContain("\n")
          .doesNotContain("Exception"); // plain words, not a codec's class names
    }
  }
}
