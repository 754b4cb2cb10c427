package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {

  @TempDir Path dir;

  private ByteBuffer write(SampleEncoding encoding, int channels, float... samples)
      throws IOException {
    Path file = dir.resolve("out.wav");
    float[][] planar = new float[channels][];
    Arrays.fill(planar, samples);
    try (AudioSink sink =
        AudioFiles.create(file, new OutputFormat(Container.WAV, encoding), 8000, channels)) {
      sink.write(planar, samples.length);
    }
    return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void writesPlainPcmForSixteenBitStereo() throws IOException {
    assertThat(write(SampleEncoding.PCM_16, 2, 0f).getShort(20)).isEqualTo((short) 1);
  }

  @Test
  void writesPlainIeeeFloatForMonoFloat() throws IOException {
    assertThat(write(SampleEncoding.FLOAT_32, 1, 0f).getShort(20)).isEqualTo((short) 3);
  }

  @Test
  void writesExtensibleWithAChannelMaskForMoreThanTwoChannels() throws IOException {
    ByteBuffer wav = write(SampleEncoding.PCM_16, 3, 0f);

    assertThat(wav.getShort(20) & 0xFFFF).isEqualTo(0xFFFE);
    assertThat(wav.getInt(40)).as("front left, right and centre").isEqualTo(0x7);
  }

  @Test
  void writesExtensibleForTwentyFourBits() throws IOException {
    assertThat(write(SampleEncoding.PCM_24, 1, 0f).getShort(20) & 0xFFFF).isEqualTo(0xFFFE);
  }

  @Test
  void patchesTheRiffAndDataSizesOnClose() throws IOException {
    ByteBuffer wav = write(SampleEncoding.PCM_16, 1, 0f, 0f, 0f);

    assertThat(wav.getInt(4)).isEqualTo(wav.capacity() - 8);
    assertThat(wav.getInt(40)).isEqualTo(6);
  }

  @Test
  void padsAnOddSizedDataChunkToAnEvenLength() throws IOException {
    ByteBuffer wav = write(SampleEncoding.PCM_24, 1, 0f);

    assertThat(wav.capacity() % 2).isZero();
    assertThat(wav.getInt(4)).isEqualTo(wav.capacity() - 8);
  }

  @Test
  void clampsSamplesBeyondFullScaleToTheIntegerRange() throws IOException {
    ByteBuffer wav = write(SampleEncoding.PCM_16, 1, 1.5f, -2f);

    assertThat(wav.getShort(44)).isEqualTo(Short.MAX_VALUE);
    assertThat(wav.getShort(46)).isEqualTo(Short.MIN_VALUE);
  }

  @Test
  void roundsToTheNearestInteger() throws IOException {
    ByteBuffer wav = write(SampleEncoding.PCM_16, 1, 10.6f / 32768, -10.6f / 32768);

    assertThat(wav.getShort(44)).isEqualTo((short) 11);
    assertThat(wav.getShort(46)).isEqualTo((short) -11);
  }
}
