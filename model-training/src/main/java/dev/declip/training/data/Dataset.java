package dev.declip.training.data;

import java.util.List;

/** Windows ready for training, split by file, and what they are. */
public record Dataset(
    List<TrainingWindow> train, List<TrainingWindow> validation, DatasetSummary summary) {

  public Dataset {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
  }

  /** Whether the windows carry the clean signal (built from {@code --clean}). */
  public boolean hasClean() {
    return !train.isEmpty() && train.get(0).hasClean();
  }
}
