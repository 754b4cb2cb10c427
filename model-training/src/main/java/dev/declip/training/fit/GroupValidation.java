package dev.declip.training.fit;

import ai.djl.ndarray.NDManager;
import dev.declip.training.data.TrainingWindow;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.RestorationNetwork;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validation group by group (a corpus's genres): each is scored as {@link Validation} scores a set,
 * one CSV line each, and the whole is their mean weighted by windows, so the per-genre curves cost
 * no second pass.
 */
final class GroupValidation {
  static final String HEADER =
      "epoch,steps,group,windows,validation_loss,validation_sdr_input_db,"
          + "validation_sdr_restored_db,validation_sdr_gain_db";

  /** Receives one CSV line per group, without the epoch and step columns. */
  interface Lines {
    void accept(String line) throws IOException;
  }

  private GroupValidation() {}

  static Validation.Scores score(
      RestorationNetwork network,
      TrainingObjective objective,
      Map<String, List<TrainingWindow>> groups,
      double tau,
      NDManager manager,
      Lines lines)
      throws IOException {
    double loss = 0;
    double sdrIn = 0;
    double sdrOut = 0;
    int windows = 0;
    for (Map.Entry<String, List<TrainingWindow>> group : new TreeMap<>(groups).entrySet()) {
      int n = group.getValue().size();
      Validation.Scores s = Validation.score(network, objective, group.getValue(), tau, manager);
      lines.accept(
          String.format(
              Locale.ROOT,
              "%s,%d,%.6g,%.4f,%.4f,%.4f",
              group.getKey(),
              n,
              s.loss(),
              s.sdrInput(),
              s.sdrRestored(),
              s.sdrRestored() - s.sdrInput()));
      loss += s.loss() * n;
      sdrIn += s.sdrInput() * n;
      sdrOut += s.sdrRestored() * n;
      windows += n;
    }
    return new Validation.Scores(loss / windows, sdrIn / windows, sdrOut / windows);
  }
}
