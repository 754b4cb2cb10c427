package dev.declip.desktop.restore;

import ai.djl.engine.Engine;

/** Whether ONNX Runtime sees a CUDA device, so the device list offers the GPU only then. */
public final class GpuProbe {
  private GpuProbe() {}

  /** Blocking (loads ONNX Runtime's native library the first time); run it off the FX thread. */
  public static boolean present() {
    try {
      return Engine.getEngine("OnnxRuntime").getGpuCount() > 0;
    } catch (RuntimeException | LinkageError e) {
      return false; // no usable ONNX Runtime: the CPU entry stays, and a restore says why
    }
  }
}
