package dev.declip.training.fit;

import dev.declip.training.data.DatasetSummary;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run ended: the model written (empty when cancelled), the last epoch's record, the data it
 * trained on, and the files beside it.
 */
public record FitOutcome(
    Optional<Path> model,
    Optional<EpochRecord> lastEpoch,
    DatasetSummary data,
    Path checkpoint,
    Path log,
    double audioSecondsPerSecond) {}
