package dev.declip.training.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.declip.model.DeviceChoice;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PyTorchRuntimeTest {

  @Test
  void appliesTheRequestedIntraOpThreads() throws IOException {
    PyTorchRuntime runtime = PyTorchRuntime.start(new RuntimeOptions(DeviceChoice.CPU, 1, 1));
    try {
      assertThat(runtime.describe()).contains("on cpu()").contains(" 1 intra-op threads");
    } finally {
      PyTorchRuntime.start(new RuntimeOptions(DeviceChoice.CPU, 2, 1));
    }
  }

  @Test
  void theSameSeedRepeatsPyTorchsRandomDraws() throws IOException {
    assertThat(drawWithSeed(7)).isEqualTo(drawWithSeed(7)).isNotEqualTo(drawWithSeed(8));
  }

  @Test
  void fallsBackToTheCpuWithAMessageWhenNoGpuIsThere() throws IOException {
    assumeTrue(Engine.getEngine(PyTorchRuntime.ENGINE).getGpuCount() == 0, "a GPU is present");

    PyTorchRuntime runtime = PyTorchRuntime.start(new RuntimeOptions(DeviceChoice.GPU, 0, 1));

    assertThat(runtime.device()).isEqualTo(Device.cpu());
    assertThat(runtime.messages()).singleElement().asString().contains("training on CPU");
  }

  private static float[] drawWithSeed(long seed) throws IOException {
    PyTorchRuntime runtime = PyTorchRuntime.start(new RuntimeOptions(DeviceChoice.CPU, 0, seed));
    try (NDManager manager = runtime.newManager()) {
      return manager.randomNormal(new Shape(5)).toFloatArray();
    }
  }
}
