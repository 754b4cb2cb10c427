package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VorbisDecodingTest {

  private static final String OGG = "stereo-44100.ogg";
  private static final String FFMPEG_DECODE = "stereo-44100.ogg.ffmpeg.wav";

  @Test
  void decodesAsManyFramesAsTheEncoderWasGiven() throws IOException {
    AudioData source = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.wav"));

    assertThat(AudioFiles.readAll(Fixtures.path(OGG)).frames()).isEqualTo(source.frames());
  }

  @Test
  void linesUpWithFfmpegSampleForSample() throws IOException {
    AudioData ours = AudioFiles.readAll(Fixtures.path(OGG));
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));

    assertThat(Fixtures.correlationPeakLag(ffmpeg.samples()[0], ours.samples()[0], 2000)).isZero();
  }

  @Test
  void differsFromFfmpegsSixteenBitDecodeOnlyByItsRounding() throws IOException {
    AudioData ours = AudioFiles.readAll(Fixtures.path(OGG));
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));

    for (int c = 0; c < 2; c++) {
      float[] a = ours.samples()[c];
      float[] b = ffmpeg.samples()[c];
      for (int i = 0; i < a.length; i++) {
        assertThat(Math.abs(a[i] - b[i]))
            .as("channel %d frame %d", c, i)
            .isLessThanOrEqualTo(1.01f / 32768);
      }
    }
  }

  @Test
  void staysCloseToTheRecordingItWasEncodedFrom() throws IOException {
    AudioData source = AudioFiles.readAll(Fixtures.path("stereo-16bit-44100.wav"));
    AudioData ours = AudioFiles.readAll(Fixtures.path(OGG));

    assertThat(Fixtures.snrDb(source.samples()[0], ours.samples()[0])).isGreaterThan(15);
  }
}
