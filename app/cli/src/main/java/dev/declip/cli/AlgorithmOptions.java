package dev.declip.cli;

import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.choice.RestorationAlgorithms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to restore: which algorithm, which model, on which device. */
final class AlgorithmOptions {

  @Option(
      names = {"-a", "--algorithm"},
      paramLabel = "NAME",
      description =
          "neural (the network of --model, or the bundled default), cubic (model-free"
              + " interpolation) or aspade (model-free sparse declipper A-SPADE, slower)."
              + " Default: neural when a model is available, else cubic.")
  AlgorithmChoice algorithm;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "MODEL.onnx",
      description = "An ONNX model honouring the model contract (see docs/model-contract.md).")
  Path model;

  @Option(
      names = "--device",
      paramLabel = "DEVICE",
      defaultValue = "cpu",
      description =
          "cpu or gpu (CUDA; falls back to CPU with a warning when absent). Default:"
              + " ${DEFAULT-VALUE}.")
  DeviceChoice device;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Inference (or A-SPADE) threads. Default: the number of cores.")
  Integer threads;

  OpenedAlgorithm open() throws IOException {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    return RestorationAlgorithms.open(
        Optional.ofNullable(algorithm),
        Optional.ofNullable(model),
        new InferenceOptions(device, n));
  }
}
