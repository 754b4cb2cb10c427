package dev.declip.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.declip.audio.AudioFiles;
import dev.declip.restore.Sdr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanDatasetTest {

  private static final int RATE = 22_050;
  private static final DataOptions OPTIONS = DataOptions.of(RATE, 2048).withValidationFraction(0);

  @TempDir Path dir;

  @Test
  void inputSdrIsReachedWithinATenthOfADb() throws Exception {
    Path file = Recordings.write(dir.resolve("a.flac"), RATE, Recordings.music(RATE, RATE, 0.9, 7));

    Dataset data = Datasets.fromClean(dir, new CleanClipping.AtInputSdr(12), OPTIONS);

    float level = data.summary().lowestLevel();
    float[] x = AudioFiles.readAll(file).samples()[0];
    assertThat(Sdr.db(x, Recordings.clip(x, level, level))).isCloseTo(12, within(0.1));
  }

  @Test
  void inputSdrIsReachedOverAllChannelsTogether() {
    float[][] x = {Recordings.music(8000, RATE, 0.9, 8), Recordings.music(8000, RATE, 0.4, 9)};

    float level = new CleanClipping.AtInputSdr(8).levelFor(x);

    float[] both = new float[16000];
    float[] clipped = new float[16000];
    for (int c = 0; c < 2; c++) {
      System.arraycopy(x[c], 0, both, 8000 * c, 8000);
      System.arraycopy(Recordings.clip(x[c], level, level), 0, clipped, 8000 * c, 8000);
    }
    assertThat(Sdr.db(both, clipped)).isCloseTo(8, within(0.1));
  }

  @Test
  void clippedWindowsAreTheCleanOnesClampedAtOne() throws Exception {
    Recordings.write(dir.resolve("a.wav"), RATE, Recordings.music(RATE, RATE, 0.9, 7));

    Dataset data = Datasets.fromClean(dir, new CleanClipping.AtLevel(0.5f), OPTIONS);

    assertThat(data.hasClean()).isTrue();
    assertThat(data.summary().lowestLevel()).isEqualTo(0.5f);
    for (TrainingWindow w : data.train()) {
      for (int n = 0; n < w.length(); n++) {
        float x = w.clean()[n];
        assertThat(w.clipped()[n]).isCloseTo(Math.max(-1, Math.min(1, x)), within(1e-6f));
        assertThat(w.mask()[n]).isEqualTo(Math.abs(x) >= 1 ? 0f : 1f);
      }
    }
  }

  @Test
  void cleanWindowsFollowTheSignalAfterResamplingFrom44100To22050() throws Exception {
    int frames = 44_100;
    float[] sine = new float[frames];
    for (int i = 0; i < frames; i++) {
      sine[i] = (float) (0.8 * Math.sin(2 * Math.PI * 441 * i / 44_100.0));
    }
    Recordings.write(dir.resolve("a.wav"), 44_100, sine);

    Dataset data = Datasets.fromClean(dir, new CleanClipping.AtLevel(0.5f), OPTIONS);

    // In units of the level, sample m at 22 050 Hz is 1.6 sin(2 pi 441 m / 22050); 16-bit
    // quantisation and the resampler's filter allow about 1e-3. Window edges are the file's.
    assertThat(data.train()).hasSize(11);
    for (TrainingWindow w : data.train()) {
      for (int n = 0; n < w.length(); n++) {
        long m = w.start() + n;
        if (m > 100 && m < RATE - 100) {
          double expected = 1.6 * Math.sin(2 * Math.PI * 441 * m / RATE);
          assertThat((double) w.clean()[n]).isCloseTo(expected, within(2e-3));
        }
      }
    }
  }

  @Test
  void aLevelAboveEveryPeakFailsClearly() throws Exception {
    Recordings.write(dir.resolve("a.wav"), RATE, Recordings.music(RATE, RATE, 0.5, 7));

    assertThatThrownBy(() -> Datasets.fromClean(dir, new CleanClipping.AtLevel(0.9f), OPTIONS))
        .isInstanceOf(DataException.class)
        .hasMessage(
            dir
                + ": no file gave a clipped window (1 skipped: [a.wav: no clipped samples; it gives"
                + " no windows])");
  }
}
