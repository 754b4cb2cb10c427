package dev.declip.desktop.restore;

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
                      recording, null, cubic(recording), ProgressListener.NONE, Cancellation.NEVER))
          .isInstanceOf(AudioFileException.class)
          .hasMessage("quiet.wav: no clipping found; nothing to restore");
    } finally {
      recording.samples().close();
    }
  }
}
