package dev.declip.training.bench;

import dev.declip.model.UNetSpec;

/** What the throughput benchmark trains: the network, the batch, and how many steps it times. */
public record ThroughputSetup(
    UNetSpec spec, int batch, int length, int sampleRate, int steps, int warmup, int threads) {

  public ThroughputSetup {
    if (batch < 1 || length < 1 || steps < 1 || warmup < 0) {
      throw new IllegalArgumentException("batch, length and steps must be positive");
    }
  }
}
