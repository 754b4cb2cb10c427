package dev.declip.training.fit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.Batch;
import dev.declip.training.data.BatchSource;
import dev.declip.training.data.Dataset;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.BiasFreeUNet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The training loop: epochs of Adam steps on the objective, validation and a checkpoint after each
 * epoch, a CSV line per epoch. Everything random derives from the seed and the epoch number (the
 * batches, the crops, the gains of eq. 12), so a run resumed from a checkpoint takes exactly the
 * steps the uninterrupted run would have taken.
 */
public final class Trainer {
  private final BiasFreeUNet network;
  private final IntFunction<TrainingObjective> objectiveForEpoch;
  private final Dataset data;
  private final FitSettings settings;
  private final NDManager manager;
  private final List<Parameter> parameters = new ArrayList<>();

  /**
   * @param objectiveForEpoch the objective of an epoch (from 0), seeded from the run's seed and the
   *     epoch, so that resuming does not change the gains drawn
   */
  public Trainer(
      BiasFreeUNet network,
      IntFunction<TrainingObjective> objectiveForEpoch,
      Dataset data,
      FitSettings settings,
      NDManager manager) {
    this.network = network;
    this.objectiveForEpoch = objectiveForEpoch;
    this.data = data;
    this.settings = settings;
    this.manager = manager;
    network.getParameters().forEach(pair -> parameters.add(pair.getValue()));
    for (Parameter parameter : parameters) {
      NDArray array = parameter.getArray();
      if (!array.hasGradient()) {
        array.setRequiresGradient(true);
      }
    }
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * Trains epochs {@code start.epoch() + 1 .. settings.epochs()} (counted from 1), saving {@code
   * checkpointFile} and logging after each, and {@code bestFile} too when the epoch has the lowest
   * validation loss so far. Cancellation stops between steps; the last checkpoint then still holds
   * the last whole epoch. With validation groups, each group is scored apart and logged to {@code
   * groupLog}.
   *
   * @return the header of the last checkpoint written
   */
  public CheckpointHeader fit(
      CheckpointHeader start,
      AdamOptimizer adam,
      Path checkpointFile,
      Path bestFile,
      TrainingLogCsv log,
      TrainingLogCsv groupLog,
      TrainingListener listener,
      Cancellation cancellation)
      throws IOException {
    BatchSource sampler =
        data.batches(settings.batchSize(), settings.seed(), settings.cropLength());
    int stepsPerEpoch = settings.stepsPerEpoch(sampler.batchesPerEpoch());
    TrainingStep step = new TrainingStep(network, parameters, manager);
    long totalSteps = (long) stepsPerEpoch * settings.epochs();
    CheckpointHeader header = start;
    for (int epoch = start.epoch() + 1; epoch <= settings.epochs(); epoch++) {
      long started = System.nanoTime();
      TrainingObjective objective = objectiveForEpoch.apply(epoch - 1);
      LossAverages averages = new LossAverages();
      Iterator<Batch> batches = sampler.epoch(epoch - 1);
      float rate = settings.learningRate();
      for (int n = 0; n < stepsPerEpoch && batches.hasNext(); n++) {
        cancellation.throwIfCancelled();
        long globalStep = (long) (epoch - 1) * stepsPerEpoch + n;
        rate = settings.schedule().rate(settings.learningRate(), globalStep, totalSteps);
        Map<String, Float> losses = step.run(objective, batches.next(), adam, rate);
        averages.add(losses);
        listener.step(epoch, n + 1, stepsPerEpoch, losses);
      }
      String position = epoch + "," + adam.steps() + ",";
      Validation.Scores scores =
          data.validationGroups().isEmpty()
              ? Validation.score(
                  network, objectiveForEpoch.apply(-1), data.validation(), settings.tau(), manager)
              : GroupValidation.score(
                  network,
                  objectiveForEpoch.apply(-1),
                  data.validationGroups(),
                  settings.tau(),
                  manager,
                  line -> groupLog.append(position + line));
      EpochRecord record =
          new EpochRecord(
              epoch,
              adam.steps(),
              (System.nanoTime() - started) / 1e9,
              rate,
              averages.mean("total"),
              averages.mean("consistency"),
              averages.mean("ei"),
              averages.mean("supervised"),
              scores.loss(),
              scores.sdrInput(),
              scores.sdrRestored());
      header = header.afterEpoch(epoch, adam.steps(), scores.loss());
      try (NDManager saving = manager.newSubManager()) {
        Checkpoint checkpoint =
            new Checkpoint(
                header.toJson(), Checkpoint.weightsOf(parameters, saving), adam.state(saving));
        checkpoint.save(checkpointFile);
        if (header.lastIsBest()) {
          checkpoint.save(bestFile);
        }
      }
      log.append(record);
      listener.epochFinished(record);
    }
    return header;
  }
}
