package dev.declip.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainValidationSplitTest {

  private static final int RATE = 22_050;
  private static final DataOptions OPTIONS = DataOptions.of(RATE, 2048).withValidationFraction(0.3);

  @TempDir Path dir;

  @Test
  void noFileGivesWindowsToBothTrainingAndValidation() throws Exception {
    for (int i = 0; i < 6; i++) {
      Recordings.clippedStereo(dir.resolve("f" + i + ".wav"), RATE, 0.3, i);
    }

    Dataset data = Datasets.fromClipped(dir, OPTIONS);

    Set<String> train = sources(data.train());
    Set<String> validation = sources(data.validation());
    assertThat(validation).hasSize(2).doesNotContainAnyElementsOf(train);
    assertThat(train).hasSize(4);
    assertThat(data.summary().validationFiles()).containsExactlyInAnyOrderElementsOf(validation);
  }

  @Test
  void theSeedChoosesTheValidationFiles() throws Exception {
    for (int i = 0; i < 6; i++) {
      Recordings.clippedStereo(dir.resolve("f" + i + ".wav"), RATE, 0.3, i);
    }

    Set<Set<String>> chosen =
        Set.of(0L, 1L, 2L, 3L).stream()
            .map(seed -> validationOf(OPTIONS.withSeed(seed)))
            .collect(Collectors.toSet());

    assertThat(chosen).hasSizeGreaterThan(1);
    assertThat(validationOf(OPTIONS.withSeed(5))).isEqualTo(validationOf(OPTIONS.withSeed(5)));
  }

  @Test
  void aSingleFileIsSplitByTimeWithValidationAtItsEnd() throws Exception {
    Recordings.clippedStereo(dir.resolve("only.wav"), RATE, 1.0, 1);

    Dataset data = Datasets.fromClipped(dir, OPTIONS);

    long lastTrain = data.train().stream().mapToLong(TrainingWindow::start).max().orElseThrow();
    long firstValidation =
        data.validation().stream().mapToLong(TrainingWindow::start).min().orElseThrow();
    assertThat(firstValidation).isGreaterThanOrEqualTo(lastTrain + 2048);
    // 11 window positions: the last ceil(0.3 * 11) = 4, over both channels.
    assertThat(data.validation()).hasSize(8);
  }

  private Set<String> validationOf(DataOptions options) {
    try {
      return sources(Datasets.fromClipped(dir, options).validation());
    } catch (DataException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> sources(java.util.List<TrainingWindow> windows) {
    return windows.stream().map(TrainingWindow::source).collect(Collectors.toSet());
  }
}
