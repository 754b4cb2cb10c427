package dev.declip.training.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Shuffled batches of windows, the same for the same seed and epoch on every run (so a resumed run
 * sees the batches it would have seen). Each epoch visits every window once; the last batch of an
 * epoch is smaller when the windows do not divide evenly. With a crop length, each window gives a
 * crop of that length placed around clipped samples ({@link ClippedCrop}), drawn afresh each epoch.
 */
public final class BatchSampler implements BatchSource {

  private final List<TrainingWindow> windows;
  private final int batchSize;
  private final long seed;
  private final int cropLength;

  /**
   * @param cropLength samples per crop, or 0 for whole windows
   */
  public BatchSampler(List<TrainingWindow> windows, int batchSize, long seed, int cropLength) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("no windows to sample from");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    int length = windows.get(0).length();
    if (cropLength < 0 || cropLength > length) {
      throw new IllegalArgumentException(
          "crop length must be between 0 (whole windows) and the window's "
              + length
              + ", got "
              + cropLength);
    }
    this.windows = List.copyOf(windows);
    this.batchSize = batchSize;
    this.seed = seed;
    this.cropLength = cropLength;
  }

  @Override
  public int batchesPerEpoch() {
    return (windows.size() + batchSize - 1) / batchSize;
  }

  @Override
  public Iterator<Batch> epoch(int epoch) {
    // One stream per (seed, epoch), so epoch e does not depend on how far earlier ones were read.
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    int[] order = permutation(windows.size(), random);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < order.length;
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int[] picked = Arrays.copyOfRange(order, next, Math.min(order.length, next + batchSize));
        next += picked.length;
        return batch(picked, random);
      }
    };
  }

  private Batch batch(int[] picked, SplittableRandom random) {
    boolean clean = windows.get(0).hasClean();
    float[][] y = new float[picked.length][];
    float[][] m = new float[picked.length][];
    float[][] x = clean ? new float[picked.length][] : null;
    for (int b = 0; b < picked.length; b++) {
      TrainingWindow w = windows.get(picked[b]);
      int length = cropLength == 0 ? w.length() : cropLength;
      int from = cropLength == 0 ? 0 : ClippedCrop.start(w.mask(), cropLength, random);
      y[b] = Arrays.copyOfRange(w.clipped(), from, from + length);
      m[b] = Arrays.copyOfRange(w.mask(), from, from + length);
      if (clean) {
        x[b] = Arrays.copyOfRange(w.clean(), from, from + length);
      }
    }
    return new Batch(y, m, x);
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
