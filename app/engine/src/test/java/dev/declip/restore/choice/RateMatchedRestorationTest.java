package dev.declip.restore.choice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.bundle.BundledFiles;
import dev.declip.clipping.ClipLevels;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.Restorations;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With no model named, the bundled models (under the build's {@code declip.home}) are chosen per
 * file by rate: a 22 050 Hz recording runs through the model trained at 22 050 Hz, a 44 100 Hz one
 * through the default, in one opened algorithm.
 */
class RateMatchedRestorationTest {
  private static final float LEVEL = 0.3f;

  @Test
  void eachRateIsRestoredByTheBundledModelTrainedNearestIt() throws Exception {
    try (OpenedAlgorithm opened =
        RestorationAlgorithms.open(
            Optional.of(AlgorithmChoice.NEURAL), Optional.empty(), InferenceOptions.defaults())) {
      restore(opened, 22_050);
      assertThat(opened.algorithm().name()).isEqualTo("neural:declip-22k-supervised.onnx");
      restore(opened, 48_000);
      assertThat(opened.algorithm().name()).isEqualTo("neural:" + BundledFiles.DEFAULT_MODEL);
    }
  }

  @Test
  void aModelNamedByTheUserServesEveryRate() throws Exception {
    Path named = BundledFiles.defaultModel().orElseThrow();
    try (OpenedAlgorithm opened =
        RestorationAlgorithms.open(
            Optional.of(AlgorithmChoice.NEURAL), Optional.of(named), InferenceOptions.defaults())) {
      restore(opened, 22_050);
      assertThat(opened.algorithm().name()).isEqualTo("neural:" + BundledFiles.DEFAULT_MODEL);
    }
  }

  /**
   * Half a second of two tones clipped at {@link #LEVEL}; clipped samples must come back at or
   * beyond the level, samples below eq. 16's blend exactly as they were.
   */
  private static void restore(OpenedAlgorithm opened, int rate) {
    float[] y = new float[rate / 2];
    for (int i = 0; i < y.length; i++) {
      double t = (double) i / rate;
      double x = 0.5 * Math.sin(2 * Math.PI * 220 * t) + 0.2 * Math.sin(2 * Math.PI * 1_250 * t);
      y[i] = (float) Math.max(-LEVEL, Math.min(LEVEL, x));
    }
    float[] restored =
        Restorations.restore(
            opened.algorithm(),
            y,
            ClipLevels.symmetric(LEVEL),
            rate,
            0.95,
            true,
            Cancellation.NEVER);
    for (int i = 0; i < y.length; i++) {
      if (Math.abs(y[i]) >= LEVEL) {
        assertThat(Math.abs(restored[i])).isGreaterThanOrEqualTo(LEVEL);
      } else if (Math.abs(y[i]) < 0.95 * LEVEL) {
        assertThat(restored[i]).isEqualTo(y[i]);
      }
    }
  }
}
