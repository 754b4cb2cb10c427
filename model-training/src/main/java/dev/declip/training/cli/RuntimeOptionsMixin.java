package dev.declip.training.cli;

import dev.declip.model.DeviceChoice;
import dev.declip.training.net.RuntimeOptions;
import picocli.CommandLine.Option;

/** Where and how fast the commands that run PyTorch compute. */
final class RuntimeOptionsMixin {

  @Option(
      names = "--device",
      defaultValue = "cpu",
      description =
          "cpu or gpu (gpu needs the CUDA build of PyTorch; falls back to cpu). Default: ${DEFAULT-VALUE}.")
  DeviceChoice device;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "PyTorch threads; 0 uses every core. Default: ${DEFAULT-VALUE}.")
  int threads;

  RuntimeOptions runtime(long seed) {
    return new RuntimeOptions(device, threads, seed);
  }
}
