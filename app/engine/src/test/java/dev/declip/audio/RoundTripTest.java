package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding then encoding at the file's own depth gives back every sample bit for bit. */
class RoundTripTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} as {1} {2}")
  @CsvSource({
    "stereo-16bit-44100.wav, WAV, PCM_16",
    "mono-24bit-48000.wav, WAV, PCM_24",
    "3ch-24bit-48000.wav, WAV, PCM_24",
    "stereo-16bit-44100.wav, FLAC, PCM_16",
    "mono-24bit-48000.wav, FLAC, PCM_24",
    "3ch-24bit-48000.wav, FLAC, PCM_24",
    "mono-float32-11025.wav, WAV, FLOAT_32",
    "mono-float32-nan-inf.wav, WAV, FLOAT_32",
  })
  void writesBackEverySampleExactly(String fixture, Container container, SampleEncoding encoding)
      throws IOException {
    AudioData original = AudioFiles.readAll(Fixtures.path(fixture));
    Path copy = dir.resolve("copy." + container.defaultExtension());

    AudioFiles.writeAll(copy, new OutputFormat(container, encoding), original);
    AudioData back = AudioFiles.readAll(copy);

    assertThat(back.info().frames()).isEqualTo(original.frames());
    for (int c = 0; c < original.samples().length; c++) {
      assertThat(back.samples()[c]).as("channel %d", c).containsExactly(original.samples()[c]);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"WAV, PCM_16", "WAV, PCM_24", "WAV, FLOAT_32", "FLAC, PCM_16", "FLAC, PCM_24"})
  void writtenFilesDescribeTheirOwnFormat(Container container, SampleEncoding encoding)
      throws IOException {
    Path file = dir.resolve("out." + container.defaultExtension());
    float[][] samples = {{0f, 0.25f, -0.5f}, {0.1f, 0.2f, 0.3f}};
    AudioInfo written =
        new AudioInfo(container, 48000, 2, encoding.bits(), encoding.floatingPoint(), 3);

    AudioFiles.writeAll(
        file, new OutputFormat(container, encoding), new AudioData(written, samples));

    try (AudioSource source = AudioFiles.open(file)) {
      assertThat(source.info()).isEqualTo(written);
    }
  }
}
