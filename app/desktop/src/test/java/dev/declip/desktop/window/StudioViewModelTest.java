package dev.declip.desktop.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.clipping.ClippingReport;
import dev.declip.desktop.history.HistoryEntry;
import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.restore.RestoreOutcome;
import dev.declip.desktop.restore.RestoreRequest;
import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.model.InferenceOptions;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.RestoreStats;
import dev.declip.restore.file.RestoredStore;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.DiskSampleStore;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudioViewModelTest {
  private final StudioViewModel model = new StudioViewModel();

  @org.junit.jupiter.api.AfterEach
  void deleteTemporaryFiles() {
    model.close();
  }

  private static final dev.declip.levels.BlockPeaks NO_PEAKS =
      new dev.declip.levels.BlockPeaks.Meter(1, dev.declip.levels.BlockPeaks.BLOCK_FRAMES).finish();

  private static OpenedRecording recording(String name) {
    ArraySampleStore store = new ArraySampleStore(new float[][] {new float[1000]}, 8000);
    return new OpenedRecording(
        Path.of("/music", name),
        new AudioInfo(Container.WAV, 8000, 1, 16, false, 1000),
        store,
        MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER),
        new ClippingReport(List.of(), List.of(), 0),
        NO_PEAKS);
  }

  private static HistoryEntry outcome(OpenedRecording recording) throws Exception {
    RestoredStore restored = RestoredStore.over(recording.samples());
    RestoreOutcome outcome =
        new RestoreOutcome(
            restored,
            MinMaxPyramid.of(restored, ProgressListener.NONE, Cancellation.NEVER),
            new RestoreStats(3, 1, 0.6f, 0),
            "cubic",
            List.of(),
            Duration.ofMillis(20));
    RestoreRequest request =
        new RestoreRequest(
            AlgorithmChoice.CUBIC,
            Optional.empty(),
            InferenceOptions.defaults(),
            0.95,
            true,
            new FrameRange(0, recording.samples().frames()));
    return new HistoryEntry(1, null, request, List.of(), 8000, outcome);
  }

  @Test
  void titleIsTheAppNameWhenNothingIsOpen() throws Exception {
    assertThat(model.title().get()).isEqualTo("Declip Studio");
  }

  @Test
  void titleNamesTheOpenFile() throws Exception {
    model.opened(recording("take 3.wav"));
    assertThat(model.title().get()).isEqualTo("take 3.wav — Declip Studio");
  }

  @Test
  void titleMarksARestoreUntilItIsExported() throws Exception {
    OpenedRecording take = recording("take.wav");
    model.opened(take);
    model.restoredWith(outcome(take));
    assertThat(model.title().get()).isEqualTo("• take.wav — Declip Studio");
    model.exported();
    assertThat(model.title().get()).isEqualTo("take.wav — Declip Studio");
  }

  @Test
  void openingAnotherFileDropsTheRestoreAndItsMarker() throws Exception {
    OpenedRecording take = recording("take.wav");
    model.opened(take);
    model.restoredWith(outcome(take));
    model.opened(recording("other.wav"));
    assertThat(model.restoredProperty().get()).isNull();
    assertThat(model.changedProperty().get()).isFalse();
  }

  @Test
  void closingDeletesTheTemporaryFilesOfTheRecordingAndItsRestore() throws Exception {
    DiskSampleStore samples = DiskSampleStore.create(1, 1000, 8000);
    OpenedRecording take =
        new OpenedRecording(
            Path.of("/music/take.wav"),
            new AudioInfo(Container.WAV, 8000, 1, 16, false, 1000),
            samples,
            MinMaxPyramid.of(samples, ProgressListener.NONE, Cancellation.NEVER),
            new ClippingReport(List.of(), List.of(), 0),
            NO_PEAKS);
    model.opened(take);
    model.restoredWith(outcome(take));
    model.close();
    assertThat(samples.file()).doesNotExist();
    assertThat(model.recordingProperty().get()).isNull();
  }

  @Test
  void abSwitchesOnlyOnceThereIsARestore() throws Exception {
    OpenedRecording take = recording("take.wav");
    model.opened(take);
    model.toggleAB();
    assertThat(model.hearRestoredProperty().get()).isFalse();
    model.restoredWith(outcome(take));
    assertThat(model.hearRestoredProperty().get()).isTrue();
    model.toggleAB();
    assertThat(model.hearRestoredProperty().get()).isFalse();
  }

  @Test
  void restoringTheSelectionUsesItAndTheWholeFileIgnoresIt() throws Exception {
    model.opened(recording("take.wav"));
    model.selectionProperty().set(new FrameRange(100, 200));
    assertThat(model.restoreRange(true)).isEqualTo(new FrameRange(100, 200));
    assertThat(model.restoreRange(false)).isEqualTo(new FrameRange(0, 1000));
  }

  @Test
  void restoringTheSelectionWithoutOneRestoresTheWholeFile() throws Exception {
    model.opened(recording("take.wav"));
    assertThat(model.restoreRange(true)).isEqualTo(new FrameRange(0, 1000));
  }
}
