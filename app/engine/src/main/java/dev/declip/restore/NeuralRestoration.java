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
   * @param batchSize samples per {@link DeclipNetwork#predict} call, in training windows
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
    this.grid = WindowGrid.forNetwork(network.windowLength());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return estimate(y, firstFrame, levels, sampleRate, listener, cancellation);
  }

  /** Reports the windows run of those planned for the block. */
  @Override
  public float[] estimate(
      float[] y,
      long firstFrame,
      ClipLevels levels,
      int sampleRate,
      ProgressListener progress,
      Cancellation cancellation) {
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
    runWindows(uNet, clippedNet, rate.networkPosition(firstFrame), fade, progress, cancellation);
    float[] x = scale.denormalise(rate.fromNetwork(fade.result(), y.length));
    for (int i = 0; i < x.length; i++) {
      if (!fade.covered(rate.nearestNetworkSample(i, uNet.length))) {
        x[i] = y[i];
      }
    }
    return x;
  }

  private void runWindows(
      float[] u,
      boolean[] clipped,
      long first,
      CrossFade fade,
      ProgressListener progress,
      Cancellation cancellation) {
    float[] mask = new float[u.length];
    for (int i = 0; i < u.length; i++) {
      mask[i] = clipped[i] ? 0f : 1f;
    }
    List<Long> starts = grid.plan(dilate(clipped, network.windowLength() / 16), first);
    // batchSize counts training-length windows: the grid's longer windows come fewer at a time,
    // so memory per call stays what it was.
    int perCall = Math.max(1, batchSize * network.windowLength() / grid.length());
    // Windows are cut to the block: only the first and last can be shorter, and a batch holds
    // windows of one length.
    List<Span> spans =
        starts.stream().map(s -> Span.of(s - first, grid.length(), u.length)).toList();
    int done = 0;
    while (done < spans.size()) {
      cancellation.throwIfCancelled();
      int count = 1;
      while (count < perCall
          && done + count < spans.size()
          && spans.get(done + count).length() == spans.get(done).length()) {
        count++;
      }
      float[][] signal = new float[count][];
      float[][] masks = new float[count][];
      for (int w = 0; w < count; w++) {
        signal[w] = spans.get(done + w).cut(u);
        masks[w] = spans.get(done + w).cut(mask);
      }
      float[][] out = network.predict(signal, masks);
      if (out.length != count) {
        throw new IllegalStateException(
            name + ": network returned " + out.length + " windows for " + count);
      }
      for (int w = 0; w < count; w++) {
        fade.add(starts.get(done + w), spans.get(done + w).from(), out[w]);
      }
      done += count;
      progress.progress("restoring", done, spans.size());
    }
  }

  /**
   * The part of a window at {@code offset} (block coordinates) inside the block. Beyond the block
   * lies either the file's edge or a context margin whose samples are discarded, so the network
   * reads no made-up silence and computes nothing it does not need.
   */
  private record Span(int from, int blockStart, int length) {
    static Span of(long offset, int windowLength, int blockLength) {
      int from = (int) Math.max(0, -offset);
      long end = Math.min(blockLength, offset + windowLength);
      int start = (int) (offset + from);
      return new Span(from, start, (int) Math.max(0, end - start));
    }

    float[] cut(float[] x) {
      float[] w = new float[length];
      System.arraycopy(x, blockStart, w, 0, length);
      return w;
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

  @Override
  public int contextSamples(int sampleRate) {
    return new NetworkRate(sampleRate, network.sampleRate())
        .contextSamples(grid.length() + network.windowLength() / 16);
  }

  @Override
  public void close() {
    network.close();
  }
}
