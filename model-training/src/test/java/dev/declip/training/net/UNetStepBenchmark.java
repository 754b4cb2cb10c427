package dev.declip.training.net;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.declip.model.Signals;
import dev.declip.model.UNetSpec;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seconds of one forward and backward pass of the default UNet (depth 4, base 16, kernel 9) on a
 * batch of 8 x 22050 samples, median of 3 after one warm-up. A network cost only, no loss or
 * optimiser. Run on demand: {@code ./mvnw -o -q -B -pl model-training test -Dtest=UNetStepBenchmark
 * -Ddeclip.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "declip.benchmark", matches = "true")
class UNetStepBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(UNetStepBenchmark.class);

  @Test
  void measuresOneForwardAndBackwardPass() throws IOException {
    PyTorchRuntime runtime = PyTorchRuntime.start(RuntimeOptions.defaults());
    float[][] y = Signals.clipped(8, 22050, 1);
    float[][] m = Signals.maskOf(y);
    try (NDManager manager = runtime.newManager()) {
      BiasFreeUNet net = BiasFreeUNet.random(UNetSpec.defaults(), 1, manager);
      double[] seconds = new double[4];
      for (int run = 0; run < seconds.length; run++) {
        long start = System.nanoTime();
        try (NDManager step = manager.newSubManager();
            GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDArray x = net.restore(TestWindows.array(step, y), TestWindows.array(step, m), true);
          collector.backward(x.square().mean());
        }
        seconds[run] = (System.nanoTime() - start) / 1e9;
      }
      double median = Arrays.stream(seconds, 1, seconds.length).sorted().toArray()[1];
      LOG.info(
          "{}; {} weights; forward+backward of 8 x 22050: {} s (runs {})",
          runtime.describe(),
          net.parameterCount(),
          String.format("%.3f", median),
          Arrays.toString(seconds));
      assertThat(median).isPositive();
    }
  }
}
