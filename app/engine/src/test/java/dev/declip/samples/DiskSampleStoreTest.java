package dev.declip.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.progress.OperationCancelledException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSampleStoreTest {

  @TempDir Path dir;

  /** Longer than two of the store's blocks, and not a multiple of one. */
  private static final int FRAMES = 2 * DiskSampleStore.BLOCK_FRAMES + 12_345;

  @Test
  void decodesWavToTheSamplesTheEngineReads() throws IOException {
    assertDecodesLikeReadAll(write("tone.wav", Container.WAV, SampleEncoding.FLOAT_32));
  }

  @Test
  void decodesFlacToTheSamplesTheEngineReads() throws IOException {
    assertDecodesLikeReadAll(write("tone.flac", Container.FLAC, SampleEncoding.PCM_16));
  }

  @Test
  void decodingHandsEveryFrameToTheBlockConsumer() throws IOException {
    Path file = write("tone.wav", Container.WAV, SampleEncoding.PCM_16);
    AtomicLong seen = new AtomicLong();
    try (DecodedAudio decoded =
        DiskSampleStore.decode(
            file, (block, n) -> seen.addAndGet(n), (s, d, t) -> {}, () -> false)) {
      assertThat(seen.get()).isEqualTo(decoded.samples().frames()).isEqualTo(FRAMES);
      assertThat(decoded.info().frames()).isEqualTo(FRAMES);
    }
  }

  @Test
  void cancelledDecodeStopsAndLeavesNoTemporaryFile() throws IOException {
    Path file = write("tone.wav", Container.WAV, SampleEncoding.PCM_16);
    long before = countTempFiles();
    AtomicInteger blocks = new AtomicInteger();
    assertThatThrownBy(
            () ->
                DiskSampleStore.decode(
                    file, (s, d, t) -> blocks.incrementAndGet(), () -> blocks.get() >= 1))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(countTempFiles()).isEqualTo(before);
  }

  @Test
  void closeDeletesTheTemporaryFile() throws IOException {
    DiskSampleStore store =
        DiskSampleStore.decode(
                write("tone.wav", Container.WAV, SampleEncoding.PCM_16),
                (s, d, t) -> {},
                () -> false)
            .samples();
    Path temp = store.file();
    assertThat(temp).exists();
    store.close();
    assertThat(temp).doesNotExist();
    assertThatThrownBy(() -> store.read(0, 0, new float[1], 0, 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writableStoreReadsBackWhatWasWrittenAcrossBlocks() throws IOException {
    float[] ramp = new float[3 * DiskSampleStore.BLOCK_FRAMES];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = i / (float) ramp.length;
    }
    try (DiskSampleStore store = DiskSampleStore.create(2, ramp.length + 10, 48_000)) {
      store.write(1, 7, ramp, 0, ramp.length);
      float[] back = new float[ramp.length];
      store.read(1, 7, back, 0, back.length);
      float[] other = new float[ramp.length];
      store.read(0, 7, other, 0, other.length);
      assertThat(back).isEqualTo(ramp);
      assertThat(other).isEqualTo(new float[ramp.length]);
    }
  }

  private void assertDecodesLikeReadAll(Path file) throws IOException {
    AudioData expected = AudioFiles.readAll(file);
    try (DecodedAudio decoded = DiskSampleStore.decode(file, (s, d, t) -> {}, () -> false)) {
      DiskSampleStore store = decoded.samples();
      assertThat(decoded.peak()).isEqualTo(peakOf(expected.samples()));
      assertThat(store.channels()).isEqualTo(2);
      assertThat(store.frames()).isEqualTo(expected.frames());
      assertThat(store.sampleRate()).isEqualTo(expected.info().sampleRate());
      for (int c = 0; c < 2; c++) {
        float[] actual = new float[expected.frames()];
        store.read(c, 0, actual, 0, actual.length);
        assertThat(actual).isEqualTo(expected.samples()[c]);
      }
    }
  }

  private static float peakOf(float[][] samples) {
    float peak = 0;
    for (float[] channel : samples) {
      for (float s : channel) {
        peak = Math.max(peak, Math.abs(s));
      }
    }
    return peak;
  }

  private Path write(String name, Container container, SampleEncoding encoding) throws IOException {
    float[][] samples = new float[2][FRAMES];
    for (int i = 0; i < FRAMES; i++) {
      samples[0][i] = (float) (0.8 * Math.sin(2 * Math.PI * 440 * i / 44_100.0));
      samples[1][i] = (float) (0.5 * Math.sin(2 * Math.PI * 97 * i / 44_100.0));
    }
    Path file = dir.resolve(name);
    AudioInfo info = new AudioInfo(container, 44_100, 2, encoding.bits(), false, FRAMES);
    AudioFiles.writeAll(file, new OutputFormat(container, encoding), new AudioData(info, samples));
    return file;
  }

  private static long countTempFiles() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("declip-samples-")).count();
    }
  }
}
