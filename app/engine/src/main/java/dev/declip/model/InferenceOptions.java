package dev.declip.model;

/**
 * How to run a model.
 *
 * @param device CPU, or GPU when a CUDA device and the GPU build of ONNX Runtime are present
 * @param threads threads ONNX Runtime may use inside an operator; 0 lets it choose (all cores)
 */
public record InferenceOptions(DeviceChoice device, int threads) {

  public InferenceOptions {
    if (device == null || threads < 0) {
      throw new IllegalArgumentException(
          "need a device and threads >= 0: " + device + ", " + threads);
    }
  }

  /** CPU, ONNX Runtime's own thread count. */
  public static InferenceOptions defaults() {
    return new InferenceOptions(DeviceChoice.CPU, 0);
  }
}
