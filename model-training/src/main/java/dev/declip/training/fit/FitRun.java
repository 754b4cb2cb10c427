package dev.declip.training.fit;

import ai.djl.ndarray.NDManager;
import dev.declip.model.ModelContract;
import dev.declip.model.ModelInfo;
import dev.declip.model.ModelInspector;
import dev.declip.model.ModelMetadata;
import dev.declip.model.UNetOnnxReader;
import dev.declip.model.UNetOnnxWriter;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.data.Dataset;
import dev.declip.training.loss.ObjectiveKind;
import dev.declip.training.loss.TrainingObjective;
import dev.declip.training.net.BiasFreeUNet;
import dev.declip.training.net.PyTorchRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code declip-train fit}: starts PyTorch, loads the data, builds the network (fresh, from
 * {@code --init}, or from the run's checkpoint with {@code --resume}), trains, and exports the
 * model with metadata saying how it was made.
 */
public final class FitRun {
  public static final String CHECKPOINT = "checkpoint.ckpt";
  public static final String BEST = "best.ckpt";
  static final String LOG = "training-log.csv";
  static final String GROUP_LOG = "validation-genres.csv";

  /** A training listener that also hears one-line messages (data summary, device, resume). */
  public interface Listener extends TrainingListener {
    void message(String line);
  }

  private FitRun() {}

  public static FitOutcome run(FitRequest request, Listener listener, Cancellation cancellation)
      throws IOException, DataException {
    PyTorchRuntime runtime = PyTorchRuntime.start(request.runtime());
    runtime.messages().forEach(listener::message);
    Files.createDirectories(request.runDir());
    Path checkpointFile = request.runDir().resolve(CHECKPOINT);
    Optional<Checkpoint> resumed = Optional.empty();
    UNetSpec spec = request.spec();
    int rate = given(request.sampleRate(), DataOptions.USER_RATE);
    int window = given(request.windowLength(), ModelContract.DEFAULT_WINDOW_LENGTH);
    Optional<UNetWeights> initial = Optional.empty();
    try (NDManager manager = runtime.newManager()) {
      if (request.resume()) {
        if (!Files.exists(checkpointFile)) {
          throw new IOException(
              checkpointFile + ": no checkpoint to resume from (train without --resume first)");
        }
        resumed = Optional.of(Checkpoint.load(checkpointFile, manager));
        CheckpointHeader saved = CheckpointHeader.fromJson(resumed.get().headerJson());
        spec = saved.spec();
        rate = saved.sampleRate();
        window = saved.windowLength();
      } else if (request.init().isPresent()) {
        Path init = request.init().get();
        ModelInfo info = ModelInspector.inspect(init);
        initial = Optional.of(UNetOnnxReader.read(init));
        spec = initial.get().spec();
        // A rate given on the command line moves the model to it (a 22 050 Hz model fine-tuned
        // into a 44 100 Hz one): the weights do not depend on the rate, only what they learnt.
        rate = request.sampleRate() > 0 ? rate : given(info.sampleRate(), rate);
        window = request.windowLength() > 0 ? window : given(info.windowLength(), window);
        listener.message("fine-tuning " + init.getFileName() + " (" + spec.toJson() + ")");
      }
      // Held-out recordings given apart: every training file trains.
      DataOptions options =
          DataOptions.of(rate, window)
              .withValidationFraction(
                  request.validationDir().isPresent() ? 0 : request.validationFraction())
              .withSeed(request.settings().seed());
      Dataset data = request.data().load(options);
      listener.message(data.summary().toText());
      data.summary().skipped().forEach(line -> listener.message("skipped " + line));
      if (request.validationDir().isPresent()) {
        Dataset held =
            request
                .data()
                .in(request.validationDir().get())
                .load(options.withValidationFraction(0));
        listener.message("validation: " + held.summary().toText());
        data =
            new Dataset(
                data.train(), held.train(), data.summary(), data.stream(), held.validationGroups());
      }
      if (request.objective().needsClean() && !data.hasClean()) {
        throw new IllegalArgumentException(
            "the " + request.objective() + " loss needs clean audio: use --clean, not --data");
      }
      BiasFreeUNet network =
          initial.isPresent()
              ? BiasFreeUNet.of(initial.get(), manager)
              : BiasFreeUNet.random(spec, request.settings().seed(), manager);
      Trainer trainer =
          new Trainer(
              network, epoch -> objective(request, epoch), data, request.settings(), manager);
      ModelMetadata metadata = metadata(request, data, rate, window);
      CheckpointHeader start =
          new CheckpointHeader(
              0,
              0,
              0,
              Double.NaN,
              spec,
              request.objective().label(),
              request.gains().toString(),
              request.settings().seed(),
              rate,
              window,
              metadata.training(),
              metadata.extra());
      Path bestFile = request.runDir().resolve(BEST);
      try (AdamOptimizer adam = new AdamOptimizer(manager)) {
        if (resumed.isPresent()) {
          start = CheckpointHeader.fromJson(resumed.get().headerJson());
          resumed.get().loadWeightsInto(trainer.parameters(), checkpointFile);
          adam.restore(resumed.get().optimizerState());
          listener.message("resuming after epoch " + start.epoch() + " of " + checkpointFile);
        }
        TrainingLogCsv log = TrainingLogCsv.open(request.runDir().resolve(LOG), start.epoch());
        TrainingLogCsv groupLog =
            data.validationGroups().isEmpty()
                ? null
                : TrainingLogCsv.open(
                    request.runDir().resolve(GROUP_LOG), GroupValidation.HEADER, start.epoch());
        EpochTracker tracker = new EpochTracker(listener);
        CheckpointHeader last;
        try {
          last =
              trainer.fit(
                  start, adam, checkpointFile, bestFile, log, groupLog, tracker, cancellation);
        } catch (OperationCancelledException e) {
          return new FitOutcome(
              Optional.empty(),
              tracker.last(),
              data.summary(),
              checkpointFile,
              log.file(),
              tracker.throughput(request.settings(), data, rate));
        }
        CheckpointHeader exported = last;
        if (request.exportBest() && last.bestEpoch() > 0 && !last.lastIsBest()) {
          // Early stopping without ground truth: the validation loss needs no clean audio.
          Checkpoint best = Checkpoint.load(bestFile, manager);
          best.loadWeightsInto(trainer.parameters(), bestFile);
          exported = CheckpointHeader.fromJson(best.headerJson());
          listener.message(
              "exporting epoch " + last.bestEpoch() + ", the one with the lowest validation loss");
        }
        UNetOnnxWriter.write(request.output(), network.toWeights(), exported.metadata());
        return new FitOutcome(
            Optional.of(request.output()),
            tracker.last(),
            data.summary(),
            checkpointFile,
            log.file(),
            tracker.throughput(request.settings(), data, rate));
      }
    }
  }

  /** Epoch -1 is validation's: fixed gains, so validation losses compare across epochs. */
  private static TrainingObjective objective(FitRequest request, int epoch) {
    long seed = request.settings().seed() * 1_000_003L + epoch;
    return new TrainingObjective(
        request.objective(), request.gains(), request.eiWeight(), request.detachEiTarget(), seed);
  }

  private static ModelMetadata metadata(FitRequest request, Dataset data, int rate, int window) {
    String training =
        request.objective().needsClean()
            ? (request.objective() == ObjectiveKind.SUPERVISED_SDR
                    ? "supervised (negative SDR per window) on "
                    : "supervised (eq. 2) on ")
                + request.data().describe()
            : request.objective().label() + " self-supervised on " + request.data().describe();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("declip.loss", request.objective().label());
    extra.put("declip.gains", request.gains().toString());
    extra.put("declip.ei_target", request.detachEiTarget() ? "detached" : "differentiated");
    extra.put("declip.epochs", Integer.toString(request.settings().epochs()));
    extra.put("declip.seed", Long.toString(request.settings().seed()));
    extra.put("declip.data", data.summary().toText());
    extra.put("declip.command_line", request.commandLine());
    request.init().ifPresent(p -> extra.put("declip.fine_tuned_from", p.getFileName().toString()));
    return new ModelMetadata(rate, window, training, extra);
  }

  private static int given(int value, int fallback) {
    return value > 0 ? value : fallback;
  }
}
