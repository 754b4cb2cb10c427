package dev.declip.training.net;

import dev.declip.model.DeviceChoice;

/**
 * How to start DJL's PyTorch engine for training.
 *
 * @param device CPU, or GPU when the CUDA natives and a CUDA device are present (else CPU)
 * @param threads PyTorch intra-op threads; 0 keeps {@code -Dai.djl.pytorch.num_threads} or, when
 *     that is not set, PyTorch's own choice (all cores)
 * @param seed seeds PyTorch's generator; the network's initial weights come from it too
 */
public record RuntimeOptions(DeviceChoice device, int threads, long seed) {

  public RuntimeOptions {
    if (device == null || threads < 0) {
      throw new IllegalArgumentException(
          "need a device and threads >= 0: " + device + ", " + threads);
    }
  }

  /** CPU, the configured or default thread count, seed 42. */
  public static RuntimeOptions defaults() {
    return new RuntimeOptions(DeviceChoice.CPU, 0, 42);
  }
}
