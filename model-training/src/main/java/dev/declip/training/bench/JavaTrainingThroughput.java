package dev.declip.training.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.Batch;
import dev.declip.training.fit.AdamOptimizer;
import dev.declip.training.fit.TrainingStep;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.BiasFreeUNet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Times the real training step of {@code declip-train fit} (the same {@link TrainingStep}: MC + EI
 * with its two passes, backward, Adam) on a batch of clipped music-like signals.
 */
public final class JavaTrainingThroughput {

  private JavaTrainingThroughput() {}

  public static ThroughputResult measure(
      ThroughputSetup setup, NDManager manager, IntConsumer stepDone, Cancellation cancellation) {
    BiasFreeUNet network = BiasFreeUNet.random(setup.spec(), 42, manager);
    List<Parameter> parameters = new ArrayList<>();
    network.getParameters().forEach(pair -> parameters.add(pair.getValue()));
    parameters.forEach(p -> p.getArray().setRequiresGradient(true));
    TrainingStep step = new TrainingStep(network, parameters, manager);
    TrainingObjective objective = TrainingObjective.paperDefault(42);
    Batch batch = clippedBatch(setup.batch(), setup.length(), new SplittableRandom(42));
    double[] seconds = new double[setup.steps()];
    try (AdamOptimizer adam = new AdamOptimizer(manager)) {
      for (int i = 0; i < setup.warmup() + setup.steps(); i++) {
        cancellation.throwIfCancelled();
        long start = System.nanoTime();
        step.run(objective, batch, adam, 1e-3f);
        if (i >= setup.warmup()) {
          seconds[i - setup.warmup()] = (System.nanoTime() - start) / 1e9;
        }
        stepDone.accept(i + 1);
      }
    }
    return ThroughputResult.of(
        "DJL " + ai.djl.engine.Engine.getDjlVersion(), median(seconds), setup);
  }

  /** Partials with noise, scaled so about a tenth of the samples clip at 1. */
  static Batch clippedBatch(int count, int length, SplittableRandom random) {
    float[][] y = new float[count][length];
    float[][] m = new float[count][length];
    for (int n = 0; n < count; n++) {
      double f = 0.01 + 0.03 * random.nextDouble();
      for (int t = 0; t < length; t++) {
        double v =
            1.6 * Math.sin(f * t) + 0.5 * Math.sin(2.7 * f * t + 1) + 0.1 * random.nextGaussian();
        y[n][t] = (float) Math.max(-1, Math.min(1, v));
        m[n][t] = Math.abs(v) < 1 ? 1f : 0f;
      }
    }
    return new Batch(y, m, null);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
  }
}
