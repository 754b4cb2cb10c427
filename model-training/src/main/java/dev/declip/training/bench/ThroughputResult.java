package dev.declip.training.bench;

/**
 * Measured training speed: the median seconds per step, and what that means in seconds of audio
 * trained per second and in GFLOP/s achieved (operations counted by {@link UNetFlops}).
 */
public record ThroughputResult(
    String name, double secondsPerStep, double audioPerSecond, double gflops) {

  static ThroughputResult of(String name, double secondsPerStep, ThroughputSetup setup) {
    double audio = setup.batch() * (double) setup.length() / setup.sampleRate();
    double flops = UNetFlops.trainingStep(setup.spec(), setup.length(), setup.batch(), 2);
    return new ThroughputResult(
        name, secondsPerStep, audio / secondsPerStep, flops / secondsPerStep / 1e9);
  }
}
