package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class Mp3DecodingTest {

  private static final String MP3 = "stereo-44100.mp3";
  private static final String FFMPEG_DECODE = "stereo-44100.mp3.ffmpeg.wav";

  @Test
  void decodesAsManyFramesAsFfmpegDoesHonouringTheLameTag() throws IOException {
    AudioData ours = AudioFiles.readAll(Fixtures.path(MP3));
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));

    assertThat(ours.frames()).isEqualTo(ffmpeg.frames());
  }

  @Test
  void reportsTheGaplessLengthBeforeDecoding() throws IOException {
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));
    try (AudioSource source = AudioFiles.open(Fixtures.path(MP3))) {
      assertThat(source.info().frames()).isEqualTo(ffmpeg.frames());
    }
  }

  @Test
  void linesUpWithFfmpegSampleForSample() throws IOException {
    AudioData ours = AudioFiles.readAll(Fixtures.path(MP3));
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));

    for (int c = 0; c < 2; c++) {
      assertThat(Fixtures.correlationPeakLag(ffmpeg.samples()[c], ours.samples()[c], 3000))
          .as("lag of channel %d", c)
          .isZero();
    }
  }

  @Test
  void matchesFfmpegsDecodeClosely() throws IOException {
    AudioData ours = AudioFiles.readAll(Fixtures.path(MP3));
    AudioData ffmpeg = AudioFiles.readAll(Fixtures.path(FFMPEG_DECODE));

    assertThat(Fixtures.snrDb(ffmpeg.samples()[0], ours.samples()[0])).isGreaterThan(45);
  }

  @Test
  void describesTheStreamAsSixteenBitMp3() throws IOException {
    try (AudioSource source = AudioFiles.open(Fixtures.path(MP3))) {
      AudioInfo info = source.info();
      assertThat(info.container()).isEqualTo(Container.MP3);
      assertThat(info.sampleRate()).isEqualTo(44100);
      assertThat(info.channels()).isEqualTo(2);
      assertThat(info.bitsPerSample()).isEqualTo(16);
      assertThat(info.floatingPoint()).isFalse();
    }
  }
}
