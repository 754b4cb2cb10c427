package dev.declip.desktop.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.audio.AudioFileException;
import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.open.RecordingOpener;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreJobTest {

  private static RestoreRequest cubic(OpenedRecording recording) {
    return new RestoreRequest(
        AlgorithmChoice.CUBIC,
        Optional.empty(),
        InferenceOptions.defaults(),
        0.95,
        true,
        new FrameRange(0, recording.samples().frames()));
  }

  @Test
  void aRecordingWithoutClippingIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
    Path quiet = dev.declip.desktop.ClippedRecordings.writeQuiet(dir, "quiet.wav");
    OpenedRecording recording =
        RecordingOpener.open(quiet, ProgressListener.NONE, Cancellation.NEVER);
    try {
      assertThatThrownBy(
              () ->
                  RestoreJob.run(
                      recording,
                      null,
                      cubic(recording),
                      new AlgorithmCache(),
                      ProgressListener.NONE,
                      Cancellation.NEVER))
          .isInstanceOf(AudioFileException.class)
          .hasMessage("quiet.wav: no clipping found; nothing to restore");
    } finally {
      recording.samples().close();
    }
  }

  @Test
  void theSecondRestoreWithTheSameSettingsRunsTheAlgorithmAlreadyOpen(@TempDir Path dir)
      throws Exception {
    Path file = dev.declip.desktop.ClippedRecordings.write(dir, "take.wav", 1, 1);
    OpenedRecording recording =
        RecordingOpener.open(file, ProgressListener.NONE, Cancellation.NEVER);
    RestoreRequest request =
        new RestoreRequest(
            AlgorithmChoice.NEURAL,
            Optional.of(dev.declip.model.TestModels.writeRandomUNet(dir)),
            InferenceOptions.defaults(),
            0.95,
            true,
            new FrameRange(0, recording.samples().frames()));
    java.util.List<String> stages = new java.util.ArrayList<>();
    ProgressListener heard = (stage, done, total) -> stages.add(stage);
    try (AlgorithmCache cache = new AlgorithmCache()) {
      RestoreOutcome first =
          RestoreJob.run(recording, null, request, cache, heard, Cancellation.NEVER);
      assertThat(stages).contains("opening the model", "restoring");
      assertThat(cache.isOpen(request)).isTrue();
      stages.clear();
      RestoreOutcome second =
          RestoreJob.run(recording, first, request, cache, heard, Cancellation.NEVER);
      assertThat(stages).doesNotContain("opening the model").contains("restoring");
      assertThat(second.algorithm()).isEqualTo(first.algorithm());
      RestoreRequest onGpu =
          new RestoreRequest(
              request.algorithm(),
              request.model(),
              new InferenceOptions(dev.declip.model.DeviceChoice.GPU, 0),
              request.tau(),
              request.consistent(),
              request.range());
      assertThat(cache.isOpen(onGpu)).isFalse();
      second.restored().close();
    } finally {
      recording.samples().close();
    }
  }

  @Test
  void theSparseDeclipperCountsItsFramesTowardTheWholeRestore(@TempDir Path dir) throws Exception {
    Path file = dev.declip.desktop.ClippedRecordings.write(dir, "take.wav", 1, 1);
    OpenedRecording recording =
        RecordingOpener.open(file, ProgressListener.NONE, Cancellation.NEVER);
    long frames = recording.samples().frames();
    RestoreRequest request =
        new RestoreRequest(
            AlgorithmChoice.ASPADE,
            Optional.empty(),
            InferenceOptions.defaults(),
            0.95,
            true,
            new FrameRange(0, frames));
    java.util.List<Long> done = new java.util.concurrent.CopyOnWriteArrayList<>();
    ProgressListener heard =
        (stage, d, total) -> {
          if (stage.equals("restoring")) {
            assertThat(total).isEqualTo(frames);
            done.add(d);
          }
        };
    try (AlgorithmCache cache = new AlgorithmCache()) {
      RestoreJob.run(recording, null, request, cache, heard, Cancellation.NEVER).restored().close();
    } finally {
      recording.samples().close();
    }
    // One block of one channel: the steps in between come from the frames A-SPADE solved.
    assertThat(done.stream().filter(d -> d > 0 && d < frames).distinct().count()).isGreaterThan(10);
  }
}
