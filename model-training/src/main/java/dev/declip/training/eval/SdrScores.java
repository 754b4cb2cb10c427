package dev.declip.training.eval;

import java.util.Arrays;

/**
 * One algorithm's scores over a test set: mean and standard deviation of the SDR per segment, the
 * mean improvement over the clipped input, and compute time per second of audio.
 */
public record SdrScores(
    String algorithm, double meanDb, double stdDb, double meanGainDb, double millisPerSecond) {

  static SdrScores of(String algorithm, double[] sdr, double[] input, double millisPerSecond) {
    double mean = Arrays.stream(sdr).average().orElse(Double.NaN);
    double variance = Arrays.stream(sdr).map(v -> (v - mean) * (v - mean)).average().orElse(0);
    double gain = mean - Arrays.stream(input).average().orElse(Double.NaN);
    return new SdrScores(algorithm, mean, Math.sqrt(variance), gain, millisPerSecond);
  }
}
