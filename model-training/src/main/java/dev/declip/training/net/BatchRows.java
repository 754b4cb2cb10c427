package dev.declip.training.net;

/** Rows of equal length, one after the other: how a batch of windows enters an NDArray. */
public final class BatchRows {
  private BatchRows() {}

  public static float[] flatten(float[][] rows, int length) {
    float[] flat = new float[rows.length * length];
    for (int n = 0; n < rows.length; n++) {
      System.arraycopy(rows[n], 0, flat, n * length, length);
    }
    return flat;
  }
}
