package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seconds of ONNX Runtime inference per second of 22.05 kHz mono audio, default UNet (depth 4, base
 * 16, kernel 9), batches of 8 windows of 8192 samples, 2 threads. Run on demand only: {@code ./mvnw
 * -o -q -B -pl app/engine test -Dtest=InferenceSpeedBenchmark -Ddeclip.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "declip.benchmark", matches = "true")
class InferenceSpeedBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(InferenceSpeedBenchmark.class);

  @TempDir Path dir;

  @Test
  void measuresInferenceTimePerSecondOfAudio() throws IOException {
    Path path = TestModels.writeRandomUNet(dir, UNetSpec.defaults(), 22050, 8192, 1);
    float[][] signal = Signals.clipped(8, 8192, 3);
    float[][] mask = Signals.maskOf(signal);
    try (OnnxDeclipModel model =
        OnnxDeclipModel.load(path, new InferenceOptions(DeviceChoice.CPU, 2))) {
      model.predict(signal, mask);
      int runs = 5;
      long start = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        model.predict(signal, mask);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double audioSeconds = runs * 8 * 8192 / 22050.0;
      LOG.info(
          "ONNX Runtime, depth 4 / base 16 / kernel 9, 2 threads: {} s per second of audio",
          String.format("%.3f", seconds / audioSeconds));
      assertThat(seconds).isPositive();
    }
  }
}
