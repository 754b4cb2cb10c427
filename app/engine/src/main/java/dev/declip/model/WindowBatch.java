package dev.declip.model;

/**
 * A batch of windows packed as the contract's {@code [N, 2, T]} input: row-major, signal then mask
 * per window, zero-padded to a multiple of the model's length multiple.
 */
record WindowBatch(float[][] signal, float[][] mask, int count, int length, int paddedLength) {

  static WindowBatch of(float[][] signal, float[][] mask, int multiple) {
    if (signal.length == 0 || signal.length != mask.length) {
      throw new IllegalArgumentException(
          "need as many masks as windows, at least one: " + signal.length + ", " + mask.length);
    }
    int length = signal[0].length;
    for (int n = 0; n < signal.length; n++) {
      if (signal[n].length != length || mask[n].length != length || length == 0) {
        throw new IllegalArgumentException(
            "all windows and masks must have the same, nonzero length");
      }
    }
    int padded = (length + multiple - 1) / multiple * multiple;
    return new WindowBatch(signal, mask, signal.length, length, padded);
  }

  float[] interleaved() {
    float[] flat = new float[count * 2 * paddedLength];
    for (int n = 0; n < count; n++) {
      System.arraycopy(signal[n], 0, flat, 2 * n * paddedLength, length);
      System.arraycopy(mask[n], 0, flat, (2 * n + 1) * paddedLength, length);
    }
    return flat;
  }

  /** Splits an {@code [N, 1, paddedLength]} output into N windows of the original length. */
  float[][] crop(float[] output) {
    float[][] windows = new float[count][length];
    for (int n = 0; n < count; n++) {
      System.arraycopy(output, n * paddedLength, windows[n], 0, length);
    }
    return windows;
  }
}
