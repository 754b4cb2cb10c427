package dev.declip.training.fit;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.declip.model.UNetOnnxWriter;
import dev.declip.training.net.BiasFreeUNet;
import dev.declip.training.net.PyTorchRuntime;
import dev.declip.training.net.RuntimeOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the model a checkpoint holds, e.g. after a run stopped with Ctrl-C, with the metadata the
 * finished run would have written (and the number of epochs it actually trained).
 */
public final class CheckpointExport {

  private CheckpointExport() {}

  /**
   * Exports {@code checkpoint} (a run's {@link FitRun#CHECKPOINT} or {@link FitRun#BEST}) to {@code
   * output}; returns what the checkpoint said.
   */
  public static CheckpointHeader export(Path checkpoint, Path output) throws IOException {
    PyTorchRuntime runtime = PyTorchRuntime.start(RuntimeOptions.defaults());
    try (NDManager manager = runtime.newManager()) {
      Checkpoint saved = Checkpoint.load(checkpoint, manager);
      CheckpointHeader header = CheckpointHeader.fromJson(saved.headerJson());
      BiasFreeUNet network = BiasFreeUNet.random(header.spec(), 0, manager);
      List<Parameter> parameters = new ArrayList<>();
      network.getParameters().forEach(pair -> parameters.add(pair.getValue()));
      saved.loadWeightsInto(parameters, checkpoint);
      UNetOnnxWriter.write(output, network.toWeights(), header.metadata());
      return header;
    }
  }
}
