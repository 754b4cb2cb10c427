package dev.declip.training.synthetic;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.declip.clipping.ClipLevels;
import dev.declip.restore.Eq16Blend;
import dev.declip.restore.Sdr;
import java.util.Arrays;

/**
 * Synthetic examples as flat row-major arrays, {@code count x length}: the clean signals, their
 * clipping at +-1 and the masks (1 where unclipped).
 */
record SyntheticSet(float[] clean, float[] clipped, float[] mask, int count, int length) {

  static SyntheticSet clip(float[] clean, int count, int length) {
    float[] clipped = new float[clean.length];
    float[] mask = new float[clean.length];
    for (int i = 0; i < clean.length; i++) {
      clipped[i] = Math.max(-1f, Math.min(1f, clean[i]));
      mask[i] = Math.abs(clean[i]) < 1f ? 1f : 0f;
    }
    return new SyntheticSet(clean, clipped, mask, count, length);
  }

  /** Rows {@code rows} of {@code values} as a {@code [rows.length, length]} array. */
  NDArray rows(NDManager manager, float[] values, int[] rows) {
    float[] batch = new float[rows.length * length];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(values, rows[r] * length, batch, r * length, length);
    }
    return manager.create(batch, new Shape(rows.length, length));
  }

  NDArray all(NDManager manager, float[] values) {
    return manager.create(values, new Shape(count, length));
  }

  /** Mean SDR (eq. 17) in dB of {@code estimates} (flat, as {@link #clean()}) over the examples. */
  double meanSdr(float[] estimates) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += Sdr.db(row(clean, i), row(estimates, i));
    }
    return sum / count;
  }

  /** Eq. 16 with the paper's tau = 0.95, applied example by example. */
  float[] blend(float[] estimates) {
    Eq16Blend blend = new Eq16Blend(Eq16Blend.DEFAULT_TAU);
    ClipLevels levels = ClipLevels.symmetric(1f);
    float[] out = new float[estimates.length];
    for (int i = 0; i < count; i++) {
      float[] blended = blend.apply(row(clipped, i), row(estimates, i), levels);
      System.arraycopy(blended, 0, out, i * length, length);
    }
    return out;
  }

  private float[] row(float[] values, int i) {
    return Arrays.copyOfRange(values, i * length, (i + 1) * length);
  }
}
