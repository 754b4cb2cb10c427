package dev.declip.training.fit;

import dev.declip.training.data.Dataset;
import java.util.Map;
import java.util.Optional;

/** Passes events on, remembering the last epoch and the time spent training, for the outcome. */
final class EpochTracker implements TrainingListener {
  private final TrainingListener next;
  private EpochRecord last;
  private double seconds;
  private long steps;

  EpochTracker(TrainingListener next) {
    this.next = next;
  }

  @Override
  public void step(int epoch, int step, int stepsPerEpoch, Map<String, Float> losses) {
    steps++;
    next.step(epoch, step, stepsPerEpoch, losses);
  }

  @Override
  public void epochFinished(EpochRecord record) {
    seconds += record.seconds();
    last = record;
    next.epochFinished(record);
  }

  Optional<EpochRecord> last() {
    return Optional.ofNullable(last);
  }

  /** Seconds of audio (at the model's rate) per second of training, validation included. */
  double throughput(FitSettings settings, Dataset data, int rate) {
    if (seconds == 0 || (settings.cropLength() == 0 && data.train().isEmpty())) {
      return Double.NaN;
    }
    int length = settings.cropLength() > 0 ? settings.cropLength() : data.train().get(0).length();
    return steps * (double) settings.batchSize() * length / rate / seconds;
  }
}
