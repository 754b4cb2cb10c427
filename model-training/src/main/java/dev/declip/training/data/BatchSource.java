package dev.declip.training.data;

import java.util.Iterator;

/**
 * Where a run's training batches come from, epoch by epoch. Epoch {@code e}'s batches depend only
 * on the seed and {@code e}, so a resumed run sees the batches it would have seen.
 */
public interface BatchSource {

  /** Batches in a whole epoch (a stream drawn afresh reports a nominal epoch). */
  int batchesPerEpoch();

  /** The batches of epoch {@code epoch} (from 0), made as they are asked for. */
  Iterator<Batch> epoch(int epoch);

  /** Makes a run's batch source once its batch size, seed and crop are known. */
  interface Factory {
    BatchSource create(int batchSize, long seed, int cropLength);
  }
}
