package dev.declip.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClippedDatasetTest {

  private static final int RATE = 22_050;
  private static final DataOptions OPTIONS = DataOptions.of(RATE, 2048);

  @TempDir Path dir;

  @Test
  void clippedSamplesSitAtExactlyPlusMinusOneWithMaskZero() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), RATE, 1.0, 1);
    Recordings.clippedStereo(dir.resolve("sub/b.flac"), RATE, 1.0, 2);

    Dataset data = Datasets.fromClipped(dir, OPTIONS);

    assertThat(data.summary().filesUsed()).isEqualTo(2);
    for (TrainingWindow w : data.train()) {
      for (int n = 0; n < w.length(); n++) {
        if (w.mask()[n] == 0f) {
          assertThat(Math.abs(w.clipped()[n])).isEqualTo(1f);
        } else {
          assertThat(Math.abs(w.clipped()[n])).isLessThan(1f);
        }
      }
    }
  }

  @Test
  void detectsTheLevelsOfEachPolarity() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), RATE, 1.0, 1);

    DatasetSummary summary = Datasets.fromClipped(dir, OPTIONS).summary();

    // 16-bit quantisation moves a level by at most half a step of 2^-15.
    assertThat(summary.lowestLevel()).isCloseTo(0.4f, within(2e-5f));
    assertThat(summary.highestLevel()).isCloseTo(0.5f, within(2e-5f));
  }

  @Test
  void windowsWithoutClippedSamplesAreDropped() throws Exception {
    int frames = 3 * RATE;
    float[] x = Recordings.music(frames, RATE, 0.9, 3);
    for (int i = RATE; i < frames; i++) {
      x[i] *= 0.3f; // only the first second is loud enough to clip
    }
    Recordings.write(dir.resolve("a.wav"), RATE, Recordings.clip(x, 0.5f, 0.5f));

    Dataset data = Datasets.fromClipped(dir, OPTIONS.withValidationFraction(0));

    assertThat(data.train()).isNotEmpty().allMatch(w -> w.clippedSamples() > 0);
    assertThat(data.train()).allMatch(w -> w.start() < RATE);
    assertThat(data.train().size()).isLessThan(frames / 2048);
  }

  @Test
  void aFileWithoutClippingIsSkippedWithANote() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), RATE, 1.0, 1);
    Recordings.write(dir.resolve("quiet.wav"), RATE, Recordings.music(RATE, RATE, 0.3, 4));

    DatasetSummary summary = Datasets.fromClipped(dir, OPTIONS).summary();

    assertThat(summary.filesUsed()).isEqualTo(1);
    assertThat(summary.skipped()).singleElement().asString().startsWith("quiet.wav: no clipped");
  }

  @Test
  void corruptFilesAreSkippedWithAOneLineMessageEach() throws Exception {
    Recordings.clippedStereo(dir.resolve("good.wav"), RATE, 1.0, 1);
    Path whole = Recordings.clippedStereo(dir.resolve("whole.wav"), RATE, 1.0, 2);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(dir.resolve("cut.wav"), Arrays.copyOf(bytes, bytes.length / 3));
    Files.delete(whole);
    Files.writeString(dir.resolve("text.flac"), "not audio at all");
    Files.writeString(dir.resolve("notes.txt"), "ignored: not an audio extension");

    DatasetSummary summary = Datasets.fromClipped(dir, OPTIONS).summary();

    assertThat(summary.filesUsed()).isEqualTo(1);
    assertThat(summary.skipped()).hasSize(2);
    assertThat(summary.skipped().get(0)).startsWith("cut.wav: skipped, truncated");
    assertThat(summary.skipped().get(1)).startsWith("text.flac: skipped, unsupported format");
    assertThat(summary.skipped()).allMatch(s -> !s.contains("\n"));
  }

  @Test
  void anEmptyFolderFailsClearly() throws IOException {
    Files.writeString(dir.resolve("readme.txt"), "no audio here");

    assertThatThrownBy(() -> Datasets.fromClipped(dir, OPTIONS))
        .isInstanceOf(DataException.class)
        .hasMessage(
            dir + ": no audio files found (WAV, AIFF, FLAC, MP3 or Ogg Vorbis, in any subfolder)");
  }

  @Test
  void aMissingFolderFailsClearly() {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(() -> Datasets.fromClipped(missing, OPTIONS))
        .isInstanceOf(DataException.class)
        .hasMessage(missing + ": folder not found");
  }

  @Test
  void windowsBeyondTheMemoryLimitAreRefusedClearly() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), RATE, 1.0, 1);

    // The file decodes to 176 kB, its ~20 windows take 16 kB each.
    assertThatThrownBy(() -> Datasets.fromClipped(dir, OPTIONS.withMaxBytes(200_000)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("the clipped windows need more than");
  }

  @Test
  void aFileTooLongToLoadIsSkippedWithANote() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), RATE, 0.2, 1);
    Recordings.clippedStereo(dir.resolve("long.wav"), RATE, 2.0, 2);

    DatasetSummary summary = Datasets.fromClipped(dir, OPTIONS.withMaxBytes(200_000)).summary();

    assertThat(summary.skipped())
        .containsExactly("long.wav: too long to load at once (2 s); split it into shorter files");
  }

  @Test
  void resamplesFrom44100To22050() throws Exception {
    Recordings.clippedStereo(dir.resolve("a.wav"), 44_100, 2.0, 5);

    Dataset data = Datasets.fromClipped(dir, OPTIONS.withValidationFraction(0));

    assertThat(data.summary().sampleRate()).isEqualTo(RATE);
    // 2 s at 22 050 Hz is 44 100 samples: 22 window positions of 2048 per channel, at most.
    assertThat(data.train()).allMatch(w -> w.start() % 2048 == 0 && w.start() < 2 * RATE);
    assertThat(data.train().size()).isBetween(30, 44);
    // The resampler rings around clipped plateaus; inference masks their neighbours too.
    for (TrainingWindow w : data.train()) {
      for (int n = 0; n < w.length(); n++) {
        if (w.mask()[n] == 0f) {
          assertThat(Math.abs(w.clipped()[n])).isGreaterThan(0.8f);
        }
      }
    }
  }
}
