package dev.declip.training.quality;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.RestorationAlgorithm;
import java.util.Arrays;

/**
 * Averages a network's restorations over amplitude scales, the inference-time use of the
 * equivariance eq. 12 trains for. Scaling the measurement alone changes nothing (the network is
 * bias-free, so {@code f(g y) = g f(y)} exactly); what the model learnt is that the clipped copy of
 * a scaled restoration, {@code clip(g f(y))}, restores to {@code g f(y)}. So each scale re-clips
 * the first restoration at the same levels and restores that, and the results divided by {@code g}
 * are averaged with the first.
 */
public final class ScaleAveraging implements RestorationAlgorithm {

  private final RestorationAlgorithm network;
  private final double[] gains;

  public ScaleAveraging(RestorationAlgorithm network, double... gains) {
    if (gains.length == 0 || Arrays.stream(gains).anyMatch(g -> !(g > 0))) {
      throw new IllegalArgumentException("need positive gains, got " + Arrays.toString(gains));
    }
    this.network = network;
    this.gains = gains.clone();
  }

  @Override
  public String name() {
    return network.name() + " averaged over g " + Arrays.toString(gains);
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    float[] first = network.estimate(y, firstFrame, levels, sampleRate, cancellation);
    double[] sum = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      sum[i] = first[i];
    }
    for (double g : gains) {
      float[] reclipped = new float[y.length];
      for (int i = 0; i < y.length; i++) {
        float v = (float) (g * first[i]);
        reclipped[i] = Math.max(-levels.negative(), Math.min(levels.positive(), v));
      }
      float[] again = network.estimate(reclipped, firstFrame, levels, sampleRate, cancellation);
      for (int i = 0; i < y.length; i++) {
        sum[i] += again[i] / g;
      }
    }
    float[] out = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = (float) (sum[i] / (gains.length + 1));
    }
    return out;
  }

  @Override
  public int contextSamples(int sampleRate) {
    return 2 * network.contextSamples(sampleRate);
  }

  @Override
  public void close() {
    network.close();
  }
}
