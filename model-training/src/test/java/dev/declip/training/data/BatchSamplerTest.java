package dev.declip.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSamplerTest {

  private static final int RATE = 22_050;

  @TempDir Path dir;
  private List<TrainingWindow> windows;

  @BeforeEach
  void cleanPairs() throws Exception {
    for (int i = 0; i < 2; i++) {
      Recordings.write(
          dir.resolve("f" + i + ".wav"), RATE, Recordings.music(RATE / 2, RATE, 0.9, i));
    }
    DataOptions options = DataOptions.of(RATE, 2048).withValidationFraction(0);
    windows = Datasets.fromClean(dir, new CleanClipping.AtLevel(0.6f), options).train();
  }

  @Test
  void theSameSeedGivesTheSameBatches() {
    List<Batch> first = all(new BatchSampler(windows, 4, 42, 512).epoch(3));
    List<Batch> second = all(new BatchSampler(windows, 4, 42, 512).epoch(3));

    assertThat(first).hasSameSizeAs(second);
    for (int b = 0; b < first.size(); b++) {
      assertThat(first.get(b).clipped()).isDeepEqualTo(second.get(b).clipped());
      assertThat(first.get(b).clean()).isDeepEqualTo(second.get(b).clean());
    }
  }

  @Test
  void anotherSeedGivesOtherBatches() {
    Batch first = new BatchSampler(windows, 4, 42, 0).epoch(0).next();
    Batch other = new BatchSampler(windows, 4, 43, 0).epoch(0).next();

    assertThat(java.util.Arrays.deepEquals(first.clipped(), other.clipped())).isFalse();
  }

  @Test
  void anEpochVisitsEveryWindowOnce() {
    BatchSampler sampler = new BatchSampler(windows, 3, 1, 0);

    List<float[]> seen = new ArrayList<>();
    all(sampler.epoch(0)).forEach(b -> seen.addAll(List.of(b.clipped())));

    assertThat(sampler.batchesPerEpoch()).isEqualTo((windows.size() + 2) / 3);
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(
            windows.stream().map(TrainingWindow::clipped).toList());
  }

  @Test
  void cropsHaveTheCropLengthAndHoldClippedSamples() {
    for (Batch b : all(new BatchSampler(windows, 4, 7, 256).epoch(0))) {
      assertThat(b.length()).isEqualTo(256);
      for (float[] mask : b.mask()) {
        assertThat(mask).contains(0f);
      }
    }
  }

  @Test
  void cropsOfTheCleanSignalLineUpWithTheClippedOnes() {
    for (Batch b : all(new BatchSampler(windows, 4, 7, 256).epoch(1))) {
      for (int i = 0; i < b.size(); i++) {
        for (int n = 0; n < b.length(); n++) {
          float x = b.clean()[i][n];
          assertThat(b.clipped()[i][n]).isEqualTo(Math.max(-1f, Math.min(1f, x)), within());
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1e-6f);
  }

  private static List<Batch> all(Iterator<Batch> batches) {
    List<Batch> list = new ArrayList<>();
    batches.forEachRemaining(list::add);
    return list;
  }
}
