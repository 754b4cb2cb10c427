package dev.declip.training.data;

import dev.declip.clipping.ClipLevels;
import dev.declip.restore.NetworkRate;
import dev.declip.restore.PolarityScale;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one channel into the windows the network trains on, prepared exactly as inference prepares
 * them (the engine's {@link PolarityScale} and {@link NetworkRate}, as in {@code
 * NeuralRestoration}): divide each polarity by its clip level, resample to the model's rate, and
 * call a sample clipped where inference would. Windows follow one another without overlap from the
 * channel's first sample; only those holding a clipped sample are kept (the paper's protocol). The
 * last window runs past the end, which it sees as silence with mask 1, as inference does.
 */
final class WindowCutter {

  private final NetworkRate rate;
  private final int length;

  WindowCutter(int fileRate, int modelRate, int windowLength) {
    this.rate = new NetworkRate(fileRate, modelRate);
    this.length = windowLength;
  }

  /**
   * @param y the clipped channel at the file's rate, full-scale units
   * @param clean the clean channel it was clipped from, or null
   */
  List<TrainingWindow> cut(float[] y, float[] clean, ClipLevels levels, String source, int ch) {
    PolarityScale scale = PolarityScale.of(levels);
    boolean[] clippedAtFileRate = new boolean[y.length];
    for (int i = 0; i < y.length; i++) {
      clippedAtFileRate[i] = levels.isClipped(y[i]);
    }
    float[] u = rate.toNetwork(scale.normalise(y));
    boolean[] clipped = rate.clippedAtNetworkRate(u, clippedAtFileRate);
    float[] x = clean == null ? null : rate.toNetwork(scale.normalise(clean));
    List<TrainingWindow> windows = new ArrayList<>();
    for (int start = 0; start < u.length; start += length) {
      if (!anyClipped(clipped, start)) {
        continue;
      }
      float[] mask = new float[length];
      for (int n = 0; n < length; n++) {
        int i = start + n;
        mask[n] = i < clipped.length && clipped[i] ? 0f : 1f;
      }
      windows.add(
          new TrainingWindow(
              slice(u, start), mask, x == null ? null : slice(x, start), source, ch, start));
    }
    return windows;
  }

  private boolean anyClipped(boolean[] clipped, int start) {
    int end = Math.min(clipped.length, start + length);
    for (int i = start; i < end; i++) {
      if (clipped[i]) {
        return true;
      }
    }
    return false;
  }

  private float[] slice(float[] x, int start) {
    float[] w = new float[length];
    System.arraycopy(x, start, w, 0, Math.min(length, x.length - start));
    return w;
  }
}
