package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioExporterTest {
  private static final int RATE = 22050;

  @TempDir Path dir;

  private final AudioExporter exporter = new AudioExporter();

  static float[] sine(int frames, double amplitude, double hz) {
    float[] x = new float[frames];
    for (int i = 0; i < frames; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return x;
  }

  private ExportResult export(
      SampleStore audio, String name, SampleEncoding encoding, GainPolicy gain) throws IOException {
    ExportRequest request =
        ExportRequest.of(RestoredStore.over(audio), null, dir.resolve(name), encoding)
            .withGain(gain);
    return exporter.export(request, ProgressListener.NONE, Cancellation.NEVER);
  }

  @ParameterizedTest
  @CsvSource({
    "out.wav, PCM_16, 16",
    "out.wav, PCM_24, 24",
    "out.wav, FLOAT_32, 0",
    "out.flac, PCM_16, 16",
    "out.flac, PCM_24, 24"
  })
  void roundTripsThroughTheEngineReaderAsTheNearestQuantizedValue(
      String name, SampleEncoding encoding, int bits) throws IOException {
    float[] left = sine(3000, 0.7, 440);
    float[] right = sine(3000, -0.4, 1000);

    ExportResult result =
        export(
            new ArraySampleStore(new float[][] {left, right}, RATE),
            name,
            encoding,
            GainPolicy.AUTOMATIC);

    AudioData back = AudioFiles.readAll(result.file());
    assertThat(back.info().container()).isEqualTo(Container.fromPath(result.file()).orElseThrow());
    assertThat(back.info().sampleRate()).isEqualTo(RATE);
    assertThat(back.frames()).isEqualTo(3000);
    for (int i = 0; i < 3000; i++) {
      assertThat(back.samples()[0][i]).isEqualTo(quantized(left[i], bits));
      assertThat(back.samples()[1][i]).isEqualTo(quantized(right[i], bits));
    }
    assertThat(result.gainDb()).isZero();
  }

  /** The nearest value an integer format of {@code bits} holds (0 bits: float, kept as it is). */
  private static float quantized(float x, int bits) {
    if (bits == 0) {
      return x;
    }
    double scale = 1L << (bits - 1);
    return (float) (Math.round(x * scale) / scale);
  }

  @Test
  void floatKeepsPeaksAboveFullScale() throws IOException {
    float[] loud = sine(2000, 1.6, 300);

    ExportResult result =
        export(
            new ArraySampleStore(new float[][] {loud}, RATE),
            "loud.wav",
            SampleEncoding.FLOAT_32,
            GainPolicy.AUTOMATIC);

    assertThat(AudioFiles.readAll(result.file()).samples()[0]).containsExactly(loud);
    assertThat(result.gainDb()).isZero();
    assertThat((double) result.peak()).isGreaterThan(1.5);
  }

  @Test
  void automaticGainBringsTheTruePeakToTheCeilingInIntegerOutputAndReportsIt() throws IOException {
    float[] loud = sine(2000, 1.0, 300);
    loud[100] = 2.0f;
    loud[700] = -1.5f;

    ExportResult result =
        export(
            new ArraySampleStore(new float[][] {loud}, RATE),
            "fit.wav",
            SampleEncoding.PCM_16,
            GainPolicy.AUTOMATIC);

    double ceiling = Math.pow(10, -0.3 / 20);
    double truePeak = dev.declip.levels.TruePeak.of(loud);
    assertThat(truePeak).isGreaterThanOrEqualTo(2.0);
    assertThat(result.peak()).isEqualTo(2.0f);
    assertThat(result.gainDb()).isCloseTo(20 * Math.log10(ceiling / truePeak), within(1e-5));
    assertThat(result.clippedSamples()).isZero();
    float[] back = AudioFiles.readAll(result.file()).samples()[0];
    assertThat((double) dev.declip.levels.TruePeak.of(back))
        .isLessThanOrEqualTo(ceiling + 1.0 / 32768)
        .isGreaterThan(ceiling - 2.0 / 32768);
    assertThat(result.summary()).contains("gain reduced by", "true peak -0.30 dBTP (16-bit PCM)");
  }

  @Test
  void withoutGainIntegerOutputClipsAndCountsTheClippedSamples() throws IOException {
    float[] loud = sine(2000, 0.5, 300);
    loud[10] = 1.2f;
    loud[11] = 1.0f; // rounds to 32768: one past the largest 16-bit value
    loud[12] = -1.0f; // fits: -32768
    loud[13] = -1.01f;

    ExportResult result =
        export(
            new ArraySampleStore(new float[][] {loud}, RATE),
            "clip.flac",
            SampleEncoding.PCM_16,
            GainPolicy.NONE);

    assertThat(result.clippedSamples()).isEqualTo(3);
    assertThat(result.gainDb()).isZero();
    float[] back = AudioFiles.readAll(result.file()).samples()[0];
    assertThat(back[10]).isEqualTo(32767 / 32768f);
    assertThat(back[13]).isEqualTo(-1f);
    assertThat(result.summary()).endsWith("3 samples clipped");
  }

  @Test
  void reportsTheDurationOfTheAudioWritten() throws IOException {
    ExportResult result =
        export(
            new ArraySampleStore(new float[][] {new float[RATE / 2]}, RATE),
            "half.wav",
            SampleEncoding.PCM_16,
            GainPolicy.AUTOMATIC);

    assertThat(result.duration().toMillis()).isEqualTo(500);
  }

  @Test
  void encodesInOnePassWithTheGainKnownBeforehand() throws IOException {
    StringBuilder stages = new StringBuilder();
    ExportRequest request =
        ExportRequest.of(
            RestoredStore.over(new ArraySampleStore(new float[][] {new float[100]}, RATE)),
            null,
            dir.resolve("p.wav"),
            SampleEncoding.PCM_16);

    exporter.export(
        request,
        (stage, done, total) ->
            stages.append(stage).append(done).append('/').append(total).append(';'),
        Cancellation.NEVER);

    assertThat(stages).hasToString("encoding100/100;");
  }
}
