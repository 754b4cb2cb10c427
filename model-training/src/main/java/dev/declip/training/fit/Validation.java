package dev.declip.training.fit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.declip.clipping.ClipLevels;
import dev.declip.restore.ConsistencyProjection;
import dev.declip.restore.Eq16Blend;
import dev.declip.restore.Sdr;
import dev.declip.training.data.Batch;
import dev.declip.training.data.BatchSampler;
import dev.declip.training.data.TrainingWindow;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.BatchRows;
import dev.declip.training.net.RestorationNetwork;
import java.util.Iterator;
import java.util.List;

/**
 * Held-out windows scored after each epoch: the training objective without gradients (on at most
 * {@link #LOSS_WINDOWS} windows: with EI it costs two passes), and where the clean signal is known,
 * the SDR of the clipped input and of the restoration as users get it (network, eq. 16 blend at
 * {@code tau}, consistency projection), averaged over every window.
 */
final class Validation {
  static final int LOSS_WINDOWS = 64;
  private static final int BATCH = 8;
  private static final ClipLevels UNIT_LEVELS = ClipLevels.symmetric(1f);

  private Validation() {}

  record Scores(double loss, double sdrInput, double sdrRestored) {
    static final Scores NONE = new Scores(Double.NaN, Double.NaN, Double.NaN);
  }

  static Scores score(
      RestorationNetwork network,
      TrainingObjective objective,
      List<TrainingWindow> windows,
      double tau,
      NDManager manager) {
    if (windows.isEmpty()) {
      return Scores.NONE;
    }
    double loss = 0;
    int lossWindows = 0;
    double sdrIn = 0;
    double sdrOut = 0;
    boolean clean = windows.get(0).hasClean();
    Eq16Blend blend = new Eq16Blend(tau);
    // Order does not matter for averages; the sampler is simply the one way windows become batches.
    for (Iterator<Batch> batches = new BatchSampler(windows, BATCH, 0, 0).epoch(0);
        batches.hasNext(); ) {
      Batch batch = batches.next();
      try (NDManager step = manager.newSubManager()) {
        Shape shape = new Shape(batch.size(), batch.length());
        NDArray y = step.create(BatchRows.flatten(batch.clipped(), batch.length()), shape);
        NDArray m = step.create(BatchRows.flatten(batch.mask(), batch.length()), shape);
        if (lossWindows < LOSS_WINDOWS) {
          NDArray x =
              clean ? step.create(BatchRows.flatten(batch.clean(), batch.length()), shape) : null;
          loss += objective.compute(network, y, m, x, false).total().getFloat() * batch.size();
          lossWindows += batch.size();
        }
        if (clean) {
          float[] estimate = network.restore(y, m, false).toFloatArray();
          for (int n = 0; n < batch.size(); n++) {
            float[] clipped = batch.clipped()[n];
            float[] window = new float[batch.length()];
            System.arraycopy(estimate, n * batch.length(), window, 0, window.length);
            float[] restored =
                ConsistencyProjection.apply(
                    blend.apply(clipped, window, UNIT_LEVELS), clipped, UNIT_LEVELS);
            sdrIn += Sdr.db(batch.clean()[n], clipped);
            sdrOut += Sdr.db(batch.clean()[n], restored);
          }
        }
      }
    }
    int count = windows.size();
    return new Scores(
        loss / lossWindows,
        clean ? sdrIn / count : Double.NaN,
        clean ? sdrOut / count : Double.NaN);
  }
}
