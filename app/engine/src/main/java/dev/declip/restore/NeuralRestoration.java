package dev.declip.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.model.DeclipNetwork;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.util.List;

/**
 * Restores with a {@link DeclipNetwork}: the block is put in units of the clip level per polarity,
 * resampled to the network's rate when it has one, cut into windows of a global {@link WindowGrid}
 * around the clipped samples, run in batches, cross-faded and brought back to the file's rate and
 * units. Samples that no pair of windows covers keep the input. Closing it closes the network.
 */
public final class NeuralRestoration implements RestorationAlgorithm {

  public static final int DEFAULT_BATCH_SIZE = 16;

  private final DeclipNetwork network;
  private final String name;
  private final int batchSize;
  private final ProgressListener listener;
  private final WindowGrid grid;

  public NeuralRestoration(DeclipNetwork network, String name) {
    this(network, name, DEFAULT_BATCH_SIZE, ProgressListener.NONE);
  }

  /**
   * @param batchSize windows per {@link DeclipNetwork#predict} call
   * @param listener told "restoring" with windows done / planned, per block
   */
  public NeuralRestoration(
      DeclipNetwork network, String name, int batchSize, ProgressListener listener) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    this.network = network;
    this.name = name;
    this.batchSize = batchSize;
    this.listener = listener;
    this.grid = new WindowGrid(network.windowLength());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public float[] estimate(float[] y, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return estimate(y, 0, levels, sampleRate, cancellation);
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    PolarityScale scale = PolarityScale.of(levels);
    float[] u = scale.normalise(y);
    boolean[] clipped = new boolean[y.length];
    for (int i = 0; i < y.length; i++) {
      clipped[i] = levels.isClipped(y[i]);
    }
    NetworkRate rate = new NetworkRate(sampleRate, network.sampleRate());
    float[] uNet = rate.toNetwork(u);
    boolean[] clippedNet = rate.clippedAtNetworkRate(uNet, clipped);
    CrossFade fade = new CrossFade(grid, uNet, rate.networkPosition(firstFrame));
    runWindows(uNet, clippedNet, rate.networkPosition(firstFrame), fade, cancellation);
    float[] x = scale.denormalise(rate.fromNetwork(fade.result(), y.length));
    for (int i = 0; i < x.length; i++) {
      if (!fade.covered(rate.nearestNetworkSample(i, uNet.length))) {
        x[i] = y[i];
      }
    }
    return x;
  }

  private void runWindows(
      float[] u, boolean[] clipped, long first, CrossFade fade, Cancellation cancellation) {
    float[] mask = new float[u.length];
    for (int i = 0; i < u.length; i++) {
      mask[i] = clipped[i] ? 0f : 1f;
    }
    List<Long> starts = grid.plan(dilate(clipped, grid.length() / 16), first);
    for (int b = 0; b < starts.size(); b += batchSize) {
      cancellation.throwIfCancelled();
      int count = Math.min(batchSize, starts.size() - b);
      float[][] signal = new float[count][];
      float[][] masks = new float[count][];
      for (int w = 0; w < count; w++) {
        int offset = (int) (starts.get(b + w) - first);
        signal[w] = cut(u, offset, 0f);
        masks[w] = cut(mask, offset, 1f);
      }
      float[][] out = network.predict(signal, masks);
      if (out.length != count) {
        throw new IllegalStateException(
            name + ": network returned " + out.length + " windows for " + count);
      }
      for (int w = 0; w < count; w++) {
        fade.add(starts.get(b + w), out[w]);
      }
      listener.progress("restoring", b + count, starts.size());
    }
  }

  /**
   * Marks samples near clipped ones too: eq. 16 also moves unclipped samples just below the level,
   * which sit beside clipped runs, and they should see the network, not the input.
   */
  private static boolean[] dilate(boolean[] clipped, int margin) {
    boolean[] out = new boolean[clipped.length];
    long last = Long.MIN_VALUE / 2;
    for (int i = 0; i < clipped.length; i++) {
      last = clipped[i] ? i : last;
      out[i] = i - last <= margin;
    }
    long next = Long.MAX_VALUE / 2;
    for (int i = clipped.length - 1; i >= 0; i--) {
      next = clipped[i] ? i : next;
      out[i] |= next - i <= margin;
    }
    return out;
  }

  /** A window of the block; beyond its edges (the file's edges) the signal is known silence. */
  private float[] cut(float[] x, int offset, float outside) {
    float[] w = new float[grid.length()];
    for (int n = 0; n < w.length; n++) {
      int i = offset + n;
      w[n] = i >= 0 && i < x.length ? x[i] : outside;
    }
    return w;
  }

  @Override
  public int contextSamples(int sampleRate) {
    return new NetworkRate(sampleRate, network.sampleRate())
        .contextSamples(grid.length() + grid.length() / 16);
  }

  @Override
  public void close() {
    network.close();
  }
}
