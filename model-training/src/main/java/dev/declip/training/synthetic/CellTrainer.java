package dev.declip.training.synthetic;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.declip.progress.Cancellation;
import dev.declip.training.fit.AdamOptimizer;
import dev.declip.training.loss.GainDistribution;
import dev.declip.training.loss.ObjectiveKind;
import dev.declip.training.loss.TrainingObjective;
import java.util.SplittableRandom;

/** Trains one MLP on one (d, v) cell and measures it on held-out signals of the same subspace. */
final class CellTrainer {

  private final TrainingSettings settings;

  CellTrainer(TrainingSettings settings) {
    this.settings = settings;
  }

  CellResult train(
      String study,
      ObjectiveKind objective,
      int dim,
      double fraction,
      double gMin,
      double gMax,
      long seed,
      Cancellation cancellation) {
    long start = System.nanoTime();
    // The data depends on (seed, d, v) only, so objectives and gains are compared on the same data.
    SplittableRandom dataRandom =
        new SplittableRandom(seed ^ (dim * 1_000_003L) ^ (long) (fraction * 1e6));
    SubspaceSignals signals = new SubspaceSignals(SyntheticConfig.SIGNAL_LENGTH, dim, dataRandom);
    SyntheticSet train = signals.draw(settings.trainCount(), fraction, dataRandom);
    SyntheticSet test = signals.draw(settings.testCount(), fraction, dataRandom);
    SplittableRandom runRandom = dataRandom.split();
    TrainingObjective loss =
        new TrainingObjective(
            objective,
            new GainDistribution.Uniform(gMin, gMax),
            1,
            settings.detachEiTarget(),
            runRandom.nextLong());
    try (NDManager manager = NDManager.newBaseManager();
        AdamOptimizer adam = new AdamOptimizer(manager);
        SkipMlp network =
            new SkipMlp(
                manager,
                SyntheticConfig.SIGNAL_LENGTH,
                settings.width(),
                settings.hiddenLayers(),
                runRandom)) {
      double lossSum = 0;
      int lossCount = 0;
      int[] rows = new int[settings.batchSize()];
      for (int step = 0; step < settings.steps(); step++) {
        cancellation.throwIfCancelled();
        for (int r = 0; r < rows.length; r++) {
          rows[r] = runRandom.nextInt(train.count());
        }
        try (NDManager batch = manager.newSubManager()) {
          NDArray clean = train.rows(batch, train.clean(), rows);
          NDArray y = train.rows(batch, train.clipped(), rows);
          NDArray mask = train.rows(batch, train.mask(), rows);
          float total;
          try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray objectiveTotal = loss.compute(network, y, mask, clean, true).total();
            total = objectiveTotal.getFloat();
            collector.backward(objectiveTotal);
          }
          network.step(adam, (float) settings.learningRate());
          if (step >= settings.steps() - Math.max(1, settings.steps() / 10)) {
            lossSum += total;
            lossCount++;
          }
        }
      }
      float[] estimates;
      try (NDManager eval = manager.newSubManager()) {
        estimates =
            network
                .restore(test.all(eval, test.clipped()), test.all(eval, test.mask()), false)
                .toFloatArray();
      }
      return new CellResult(
          study,
          objective,
          dim,
          fraction,
          gMax,
          test.meanSdr(test.clipped()),
          test.meanSdr(estimates),
          test.meanSdr(test.blend(estimates)),
          lossCount == 0 ? Double.NaN : lossSum / lossCount,
          (System.nanoTime() - start) / 1e9);
    }
  }
}
