package dev.declip.training.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.declip.model.Signals;

/** Windows to and from arrays; the windows themselves come from the engine's {@link Signals}. */
final class TestWindows {

  private TestWindows() {}

  static NDArray array(NDManager manager, float[][] rows) {
    return manager.create(
        BatchRows.flatten(rows, rows[0].length), new Shape(rows.length, rows[0].length));
  }

  static float[][] rows(NDArray array) {
    int count = (int) array.getShape().get(0);
    int length = (int) array.getShape().get(1);
    float[] flat = array.toFloatArray();
    float[][] rows = new float[count][length];
    for (int n = 0; n < count; n++) {
      System.arraycopy(flat, n * length, rows[n], 0, length);
    }
    return rows;
  }
}
