package dev.declip.training.net;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import dev.declip.model.DeviceChoice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DJL's PyTorch engine, started for training: offline (natives from the {@code pytorch-native-cpu}
 * jar on the class path, or the CUDA one), with the requested threads, seed and device.
 *
 * <p>PyTorch reads {@code ai.djl.pytorch.num_threads} and {@code
 * ai.djl.pytorch.num_interop_threads} once, when DJL loads the engine, so {@link #start} sets those
 * system properties before the first use; the intra-op count is also applied afterwards, which
 * works even when something loaded the engine earlier (the inter-op count cannot change once
 * PyTorch has run anything).
 */
public final class PyTorchRuntime {

  public static final String ENGINE = "PyTorch";

  private final Engine engine;
  private final Device device;
  private final List<String> messages;

  private PyTorchRuntime(Engine engine, Device device, List<String> messages) {
    this.engine = engine;
    this.device = device;
    this.messages = List.copyOf(messages);
  }

  /**
   * Loads the engine (once per JVM), applies the threads and seed, and picks the device.
   *
   * @throws IOException when the PyTorch natives cannot be loaded
   */
  public static PyTorchRuntime start(RuntimeOptions options) throws IOException {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (options.threads() > 0) {
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(options.threads()));
      if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      }
    }
    Engine engine;
    try {
      engine = Engine.getEngine(ENGINE);
    } catch (RuntimeException e) {
      throw new IOException("PyTorch is not available: " + e.getMessage(), e);
    }
    if (options.threads() > 0) {
      JniUtils.setNumThreads(options.threads());
    }
    engine.setRandomSeed((int) options.seed());
    List<String> messages = new ArrayList<>();
    Device device = Device.cpu();
    if (options.device() == DeviceChoice.GPU) {
      // Asking DJL for a GPU it does not have throws later, deep inside; decide here.
      if (engine.getGpuCount() > 0) {
        device = Device.gpu();
      } else {
        messages.add("GPU requested but no CUDA device or CUDA natives found; training on CPU");
      }
    }
    return new PyTorchRuntime(engine, device, messages);
  }

  public Device device() {
    return device;
  }

  /** A root manager on the chosen device; close it when training ends. */
  public NDManager newManager() {
    return engine.newBaseManager(device);
  }

  /** Fallbacks worth telling the user (e.g. no GPU). */
  public List<String> messages() {
    return messages;
  }

  /** E.g. "PyTorch 2.7.1 on cpu(), 2 intra-op threads, 1 inter-op thread". */
  public String describe() {
    return String.format(
        "PyTorch %s on %s, %d intra-op threads, %d inter-op threads",
        engine.getVersion(), device, JniUtils.getNumThreads(), JniUtils.getNumInteropThreads());
  }
}
