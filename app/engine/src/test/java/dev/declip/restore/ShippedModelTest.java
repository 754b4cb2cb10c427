package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.bundle.BundledFiles;
import dev.declip.clipping.ClipLevels;
import dev.declip.model.InferenceOptions;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.progress.Cancellation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model that ships ({@code assets/models/declip-default.onnx}, where the build's {@code
 * declip.home} points) loads and restores music better than model-free interpolation, so a broken
 * or swapped shipped model fails the build.
 */
class ShippedModelTest {
  private static final int RATE = 44_100;
  // Clipped hard (input SDR 4 dB), where the benchmark's input-SDR table has the shipped model
  // about 3 dB ahead of cubic interpolation at 44.1 kHz.
  private static final float LEVEL = 0.05f;

  @Test
  void shippedModelRestoresClippedMusicBetterThanCubicInterpolation() throws Exception {
    Path model =
        BundledFiles.defaultModel()
            .orElseThrow(() -> new AssertionError("no shipped model under declip.home"));
    float[] music = Signals.fixture("wanderer-23s-44k.wav");
    float[] clipped = Signals.clip(music, LEVEL, LEVEL);
    ClipLevels levels = ClipLevels.symmetric(LEVEL);

    float[] neural;
    try (OnnxDeclipModel network = OnnxDeclipModel.load(model, InferenceOptions.defaults())) {
      assertThat(network.sampleRate()).isEqualTo(RATE);
      neural = restore(new NeuralRestoration(network, "shipped"), clipped, levels);
    }
    float[] cubic = restore(new CubicInterpolation(), clipped, levels);

    double input = Sdr.db(music, clipped);
    System.out.printf(
        "shipped model on wanderer-23s-44k clipped at %.2f: input %.2f dB, cubic %.2f dB,"
            + " shipped %.2f dB%n",
        LEVEL, input, Sdr.db(music, cubic), Sdr.db(music, neural));
    assertThat(Sdr.db(music, neural)).isGreaterThan(Sdr.db(music, cubic) + 2);
  }

  private static float[] restore(RestorationAlgorithm alg, float[] clipped, ClipLevels levels) {
    return Restorations.restore(alg, clipped, levels, RATE, 0.95, true, Cancellation.NEVER);
  }
}
