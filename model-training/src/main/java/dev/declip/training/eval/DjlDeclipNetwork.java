package dev.declip.training.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.declip.model.DeclipNetwork;
import dev.declip.training.net.RestorationNetwork;

/**
 * A network being trained, seen through the engine's {@link DeclipNetwork}: validation then runs
 * the very inference path users get (windows, cross-fades, eq. 16 blend, consistency), not a
 * shortcut of its own.
 */
public final class DjlDeclipNetwork implements DeclipNetwork {
  private final RestorationNetwork network;
  private final NDManager manager;
  private final int sampleRate;
  private final int windowLength;

  public DjlDeclipNetwork(
      RestorationNetwork network, NDManager parent, int sampleRate, int windowLength) {
    this.network = network;
    this.manager = parent.newSubManager();
    this.sampleRate = sampleRate;
    this.windowLength = windowLength;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public int windowLength() {
    return windowLength;
  }

  @Override
  public float[][] predict(float[][] signal, float[][] mask) {
    int count = signal.length;
    int length = signal[0].length;
    try (NDManager batch = manager.newSubManager()) {
      Shape shape = new Shape(count, length);
      NDArray y = batch.create(flatten(signal, length), shape);
      NDArray m = batch.create(flatten(mask, length), shape);
      float[] out = network.restore(y, m, false).toFloatArray();
      float[][] windows = new float[count][length];
      for (int n = 0; n < count; n++) {
        System.arraycopy(out, n * length, windows[n], 0, length);
      }
      return windows;
    }
  }

  /** Rows of equal length, one after the other: how batches enter NDArrays. */
  public static float[] flatten(float[][] rows, int length) {
    float[] flat = new float[rows.length * length];
    for (int n = 0; n < rows.length; n++) {
      System.arraycopy(rows[n], 0, flat, n * length, length);
    }
    return flat;
  }

  @Override
  public void close() {
    manager.close();
  }
}
