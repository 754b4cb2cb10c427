package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleDecodingTest {

  /** The raw little-endian 16-bit samples of a plain 44-byte-header WAV, divided by 2^15. */
  private static float[] rawSixteenBit(Path wav, int channel, int channels) throws IOException {
    ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
    int frames = (data.capacity() - 44) / (2 * channels);
    float[] out = new float[frames];
    for (int i = 0; i < frames; i++) {
      out[i] = data.getShort(44 + 2 * (i * channels + channel)) / 32768f;
    }
    return out;
  }

  @Test
  void scalesSixteenBitIntegersByTwoToTheFifteen() throws IOException {
    Path wav = Fixtures.path("stereo-16bit-44100.wav");
    AudioData data = AudioFiles.readAll(wav);

    assertThat(data.samples()[1]).containsExactly(rawSixteenBit(wav, 1, 2));
  }

  @Test
  void readsEightBitWavAsUnsignedAroundOneHundredTwentyEight() throws IOException {
    Path wav = Fixtures.path("mono-8bit-8000.wav");
    byte[] bytes = Files.readAllBytes(wav);
    float[] samples = AudioFiles.readAll(wav).samples()[0];

    for (int i = 0; i < samples.length; i++) {
      assertThat(samples[i]).isEqualTo(((bytes[44 + i] & 0xFF) - 128) / 128f);
    }
  }

  @Test
  void decodesNanAndInfinityInFloatWavAsTheyAre() throws IOException {
    float[] samples = AudioFiles.readAll(Fixtures.path("mono-float32-nan-inf.wav")).samples()[0];

    assertThat(samples)
        .containsExactly(
            0f,
            0.5f,
            Float.NaN,
            -0.25f,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            1.5f,
            -1f);
  }

  @Test
  void flacDecodesToTheSamplesOfTheWavItWasEncodedFrom() throws IOException {
    AudioData wav = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.wav"));
    AudioData flac = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.flac"));

    assertThat(flac.samples()).isDeepEqualTo(wav.samples());
  }

  @Test
  void aiffHoldsTheSameRecordingAsTheWavMadeFromTheSameExcerpt() throws IOException {
    AudioData wav = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.wav"));
    AudioData aiff = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.aiff"));

    float[] wavStart = Arrays.copyOf(wav.samples()[0], aiff.frames());
    assertThat(aiff.samples()[0]).containsExactly(wavStart);
  }

  @Test
  void readsInSmallBlocksExactlyWhatItReadsWhole() throws IOException {
    Path file = Fixtures.path("3ch-24bit-48000.wav");
    AudioData whole = AudioFiles.readAll(file);
    float[][] block = new float[3][100];
    try (AudioSource source = AudioFiles.open(file)) {
      int pos = 0;
      int n;
      while ((n = source.read(block, 37)) >= 0) {
        for (int c = 0; c < 3; c++) {
          assertThat(Arrays.copyOf(block[c], n))
              .containsExactly(Arrays.copyOfRange(whole.samples()[c], pos, pos + n));
        }
        pos += n;
      }
      assertThat(pos).isEqualTo(whole.frames());
    }
  }

  @Test
  void detectsTheFormatFromContentNotFromTheExtension(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path misnamed = dir.resolve("really-a-flac.mp3");
    Files.copy(Fixtures.path("stereo-16bit-44100.flac"), misnamed);

    try (AudioSource source = AudioFiles.open(misnamed)) {
      assertThat(source.info().container()).isEqualTo(Container.FLAC);
    }
  }
}
