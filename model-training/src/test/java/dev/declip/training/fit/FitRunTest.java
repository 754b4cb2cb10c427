package dev.declip.training.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.declip.model.DeviceChoice;
import dev.declip.model.ModelInfo;
import dev.declip.model.ModelInspector;
import dev.declip.model.UNetOnnxReader;
import dev.declip.model.UNetSpec;
import dev.declip.progress.Cancellation;
import dev.declip.training.data.CleanClipping;
import dev.declip.training.data.Recordings;
import dev.declip.training.loss.GainDistribution;
import dev.declip.training.loss.ObjectiveKind;
import dev.declip.training.net.RuntimeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short real training runs on PyTorch: a few steps of a tiny UNet on synthetic recordings. */
class FitRunTest {
  private static final int RATE = 8000;
  private static final UNetSpec TINY = new UNetSpec(2, 4, 5, true, true);

  @TempDir static Path data;

  @BeforeAll
  static void recordings() throws IOException {
    for (int i = 0; i < 3; i++) {
      Recordings.clippedStereo(data.resolve("clipped/take" + i + ".wav"), RATE, 1.5, 10 + i);
      Recordings.write(
          data.resolve("clean/take" + i + ".flac"),
          RATE,
          Recordings.music((int) (1.5 * RATE), RATE, 0.8, 20 + i));
    }
  }

  /** The synthetic clipped recordings, as {@code --data} gives them. */
  private static DataSource clipped() {
    return new DataSource.Clipped(data.resolve("clipped"));
  }

  private static FitRequest request(
      DataSource source, ObjectiveKind loss, Path output, int epochs, boolean resume) {
    return request(source, loss, output, epochs, resume, false);
  }

  private static FitRequest request(
      DataSource source,
      ObjectiveKind loss,
      Path output,
      int epochs,
      boolean resume,
      boolean exportBest) {
    return request(source, loss, output, epochs, resume, exportBest, Optional.empty(), RATE);
  }

  private static FitRequest request(
      DataSource source,
      ObjectiveKind loss,
      Path output,
      int epochs,
      boolean resume,
      boolean exportBest,
      Optional<Path> init,
      int rate) {
    return new FitRequest(
        source,
        Optional.empty(),
        output,
        FitRequest.defaultRunDir(output),
        resume,
        init,
        TINY,
        rate,
        1024,
        loss,
        GainDistribution.AUDIO_DEFAULT,
        1,
        false,
        new FitSettings(epochs, 4, 1e-3f, LearningRateSchedule.COSINE, 0, 7, 2, 0.95),
        exportBest,
        0.34,
        new RuntimeOptions(DeviceChoice.CPU, 2, 7),
        "declip-train fit (test)");
  }

  private static class Recorder implements FitRun.Listener {
    final List<EpochRecord> epochs = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    int steps;

    @Override
    public void message(String line) {
      messages.add(line);
    }

    @Override
    public void step(int epoch, int step, int stepsPerEpoch, Map<String, Float> losses) {
      steps++;
    }

    @Override
    public void epochFinished(EpochRecord record) {
      epochs.add(record);
    }
  }

  @Test
  void selfSupervisedRunOnClippedRecordingsWritesAModelTheEngineAccepts(@TempDir Path out)
      throws Exception {
    Path model = out.resolve("model.onnx");
    Recorder recorder = new Recorder();
    FitOutcome outcome =
        FitRun.run(
            request(clipped(), ObjectiveKind.MC_EI, model, 2, false), recorder, Cancellation.NEVER);

    assertThat(outcome.model()).contains(model);
    ModelInfo info = ModelInspector.inspect(model);
    assertThat(info.sampleRate()).isEqualTo(RATE);
    assertThat(info.windowLength()).isEqualTo(1024);
    assertThat(info.metadata()).containsEntry("declip.loss", "mc+ei");
    assertThat(info.metadata().get("declip.command_line")).contains("declip-train fit");
    assertThat(UNetOnnxReader.read(model).spec()).isEqualTo(TINY);
    assertThat(recorder.steps).isEqualTo(4);
    assertThat(recorder.epochs).extracting(EpochRecord::epoch).containsExactly(1, 2);
    assertThat(recorder.epochs.get(1).ei()).isFinite().isPositive();
    assertThat(Files.readAllLines(outcome.log()))
        .hasSize(3)
        .first()
        .asString()
        .startsWith("epoch,");
  }

  @Test
  void fineTuningKeepsTheInitialModelsRateUnlessAnotherIsGiven(@TempDir Path out) throws Exception {
    Path base = out.resolve("base.onnx");
    FitRun.run(
        request(clipped(), ObjectiveKind.MC_EI, base, 1, false),
        new Recorder(),
        Cancellation.NEVER);
    Path same = out.resolve("same.onnx");
    Path moved = out.resolve("moved.onnx");

    FitRun.run(
        request(clipped(), ObjectiveKind.MC_EI, same, 1, false, false, Optional.of(base), 0),
        new Recorder(),
        Cancellation.NEVER);
    FitRun.run(
        request(clipped(), ObjectiveKind.MC_EI, moved, 1, false, false, Optional.of(base), 16000),
        new Recorder(),
        Cancellation.NEVER);

    assertThat(ModelInspector.inspect(same).sampleRate()).isEqualTo(RATE);
    assertThat(ModelInspector.inspect(moved).sampleRate()).isEqualTo(16000);
    assertThat(ModelInspector.inspect(moved).metadata())
        .containsEntry("declip.fine_tuned_from", "base.onnx");
    assertThat(UNetOnnxReader.read(moved).spec()).isEqualTo(TINY);
  }

  @Test
  void exportsTheEpochWithTheLowestValidationLossWhenAskedTo(@TempDir Path out) throws Exception {
    Path model = out.resolve("best.onnx");
    FitOutcome outcome =
        FitRun.run(
            request(clipped(), ObjectiveKind.MC_EI, model, 3, false, true),
            new Recorder(),
            Cancellation.NEVER);

    int lowest = 0;
    double lowestLoss = Double.POSITIVE_INFINITY;
    for (String line : Files.readAllLines(outcome.log()).subList(1, 4)) {
      String[] cells = line.split(",");
      double loss = Double.parseDouble(cells[8]);
      if (loss < lowestLoss) {
        lowestLoss = loss;
        lowest = Integer.parseInt(cells[0]);
      }
    }
    assertThat(ModelInspector.inspect(model).metadata())
        .containsEntry("declip.epochs_trained", Integer.toString(lowest));
  }

  @Test
  void supervisedRunOnCleanAudioReportsValidationSdr(@TempDir Path out) throws Exception {
    Recorder recorder = new Recorder();
    FitRun.run(
        request(
            new DataSource.Clean(data.resolve("clean"), new CleanClipping.AtLevel(0.4f)),
            ObjectiveKind.SUPERVISED,
            out.resolve("sup.onnx"),
            1,
            false),
        recorder,
        Cancellation.NEVER);

    EpochRecord epoch = recorder.epochs.get(0);
    assertThat(epoch.supervised()).isFinite();
    assertThat(epoch.validationSdrInput()).isFinite();
    assertThat(epoch.validationSdrRestored()).isFinite();
  }

  @Test
  void runResumedAfterCtrlCEndsWithTheWeightsOfAnUninterruptedOne(@TempDir Path out)
      throws Exception {
    DataSource source = clipped();
    Path straight = out.resolve("straight.onnx");
    Recorder first = new Recorder();
    FitRun.run(request(source, ObjectiveKind.MC_EI, straight, 2, false), first, Cancellation.NEVER);

    Path resumed = out.resolve("resumed.onnx");
    CancellingRecorder ctrlC = new CancellingRecorder(2);
    FitRun.run(request(source, ObjectiveKind.MC_EI, resumed, 2, false), ctrlC, ctrlC.flag);
    Recorder second = new Recorder();
    FitRun.run(request(source, ObjectiveKind.MC_EI, resumed, 2, true), second, Cancellation.NEVER);

    assertThat(second.epochs).extracting(EpochRecord::epoch).containsExactly(2);
    // Adam skips a step whose gradients are not finite. On some machines (seen on AMD EPYC with
    // AVX-512) PyTorch's backward gives such gradients at random for the same weights and batch, so
    // the two runs can skip different steps; weights compare only when both applied every step.
    assumeTrue(
        first.epochs.get(1).steps() == first.steps && second.epochs.get(0).steps() == first.steps,
        "a training step was skipped for non-finite gradients (PyTorch backward on this CPU):"
            + " resumed and uninterrupted weights cannot be compared");
    assertThat(second.messages).anyMatch(m -> m.startsWith("resuming after epoch 1"));
    for (String name : List.of("head.weight", "down.0.conv1.weight", "up.1.upsample.weight")) {
      assertThat(UNetOnnxReader.read(resumed).get(name))
          .containsExactly(UNetOnnxReader.read(straight).get(name));
    }
    assertThat(Files.readAllLines(FitRequest.defaultRunDir(resumed).resolve(FitRun.LOG)))
        .hasSize(3);
  }

  /** Raises {@code flag} at the first step of {@code epoch}, as a Ctrl-C would mid-run. */
  private static class CancellingRecorder extends Recorder {
    final Cancellation.Flag flag = new Cancellation.Flag();
    private final int epoch;

    CancellingRecorder(int epoch) {
      this.epoch = epoch;
    }

    @Override
    public void step(int at, int step, int stepsPerEpoch, Map<String, Float> losses) {
      if (at == epoch) {
        flag.cancel();
      }
    }
  }

  @Test
  void cancellingKeepsTheLastWholeEpochAndWritesNoModel(@TempDir Path out) throws Exception {
    Path model = out.resolve("cancelled.onnx");
    CancellingRecorder recorder = new CancellingRecorder(2);
    FitOutcome outcome =
        FitRun.run(
            request(clipped(), ObjectiveKind.MC_EI, model, 3, false), recorder, recorder.flag);

    assertThat(outcome.model()).isEmpty();
    assertThat(model).doesNotExist();
    assertThat(outcome.lastEpoch()).map(EpochRecord::epoch).contains(1);
    assertThat(outcome.checkpoint()).exists();
  }

  @Test
  void resumingWithoutACheckpointSaysSo(@TempDir Path out) {
    assertThatThrownBy(
            () ->
                FitRun.run(
                    request(clipped(), ObjectiveKind.MC_EI, out.resolve("m.onnx"), 1, true),
                    new Recorder(),
                    Cancellation.NEVER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no checkpoint to resume from");
  }
}
