package dev.declip.training.data;

import java.util.List;
import java.util.Map;

/**
 * Windows ready for training, split by file, and what they are.
 *
 * @param stream when not null, training batches are drawn afresh from it (a corpus too large to
 *     hold as windows) and {@code train} is empty
 * @param validationGroups the validation windows by group (a corpus's genres), scored apart after
 *     every epoch; empty when the windows form one group
 */
public record Dataset(
    List<TrainingWindow> train,
    List<TrainingWindow> validation,
    DatasetSummary summary,
    BatchSource.Factory stream,
    Map<String, List<TrainingWindow>> validationGroups) {

  public Dataset {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
    validationGroups = Map.copyOf(validationGroups);
  }

  /** Windows held in memory, one validation group. */
  public Dataset(
      List<TrainingWindow> train, List<TrainingWindow> validation, DatasetSummary summary) {
    this(train, validation, summary, null, Map.of());
  }

  /** The run's training batches: from the stream, or seeded shuffles of the windows. */
  public BatchSource batches(int batchSize, long seed, int cropLength) {
    return stream != null
        ? stream.create(batchSize, seed, cropLength)
        : new BatchSampler(train, batchSize, seed, cropLength);
  }

  /** Whether the windows carry the clean signal (built from {@code --clean} or a corpus). */
  public boolean hasClean() {
    return stream != null || (!train.isEmpty() && train.get(0).hasClean());
  }
}
