package dev.declip.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header facts of every fixture, as soxi reports them. */
class AudioInfoTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mono-8bit-8000.wav, WAV, 8000, 1, 8, false, 4000",
    "mono-16bit-192000.wav, WAV, 192000, 1, 16, false, 9600",
    "stereo-16bit-44100.wav, WAV, 44100, 2, 16, false, 13230",
    "mono-24bit-48000.wav, WAV, 48000, 1, 24, false, 14400",
    "3ch-24bit-48000.wav, WAV, 48000, 3, 24, false, 4800",
    "mono-32bit-96000.wav, WAV, 96000, 1, 32, false, 9600",
    "mono-float32-11025.wav, WAV, 11025, 1, 32, true, 2205",
    "stereo-float32-extensible-22050.wav, WAV, 22050, 2, 32, true, 4324",
    "mono-float64-16000.wav, WAV, 16000, 1, 64, true, 3138",
    "stereo-16bit-44100.aiff, AIFF, 44100, 2, 16, false, 8820",
    "mono-16bit-22050.aifc, AIFF, 22050, 1, 16, false, 4410",
    "stereo-16bit-44100.flac, FLAC, 44100, 2, 16, false, 13230",
    "mono-24bit-96000.flac, FLAC, 96000, 1, 24, false, 9600",
    "stereo-44100.mp3, MP3, 44100, 2, 16, false, 13230",
    "stereo-44100.ogg, OGG, 44100, 2, 16, false, 13230",
  })
  void reportsTheHeaderFactsOfEachFormat(
      String file,
      Container container,
      int rate,
      int channels,
      int bits,
      boolean isFloat,
      long frames)
      throws IOException {
    try (AudioSource source = AudioFiles.open(Fixtures.path(file))) {
      assertThat(source.info())
          .isEqualTo(new AudioInfo(container, rate, channels, bits, isFloat, frames));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mono-8bit-8000.wav, 4000",
    "mono-16bit-192000.wav, 9600",
    "3ch-24bit-48000.wav, 4800",
    "mono-32bit-96000.wav, 9600",
    "mono-float64-16000.wav, 3138",
    "stereo-float32-extensible-22050.wav, 4324",
    "mono-16bit-22050.aifc, 4410",
    "mono-24bit-96000.flac, 9600",
    "stereo-44100.ogg, 13230",
  })
  void decodesEveryFrameTheFileHolds(String file, int frames) throws IOException {
    assertThat(AudioFiles.readAll(Fixtures.path(file)).frames()).isEqualTo(frames);
  }
}
