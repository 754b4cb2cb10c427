package dev.declip.training.fit;

import java.util.HashMap;
import java.util.Map;

/** Running means of the loss terms over an epoch's steps; a term never seen averages to NaN. */
final class LossAverages {
  private final Map<String, double[]> sums = new HashMap<>();

  void add(Map<String, Float> losses) {
    losses.forEach(
        (name, value) -> {
          double[] sum = sums.computeIfAbsent(name, n -> new double[2]);
          sum[0] += value;
          sum[1]++;
        });
  }

  double mean(String name) {
    double[] sum = sums.get(name);
    return sum == null ? Double.NaN : sum[0] / sum[1];
  }
}
