package dev.declip.training.fit;

import java.util.Map;

/** What a run reports as it goes: each step's loss terms, and each finished epoch. */
public interface TrainingListener {

  void step(int epoch, int step, int stepsPerEpoch, Map<String, Float> losses);

  void epochFinished(EpochRecord record);

  TrainingListener SILENT =
      new TrainingListener() {
        @Override
        public void step(int epoch, int step, int stepsPerEpoch, Map<String, Float> losses) {}

        @Override
        public void epochFinished(EpochRecord record) {}
      };
}
