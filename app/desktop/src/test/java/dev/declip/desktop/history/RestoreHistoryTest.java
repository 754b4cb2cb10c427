package dev.declip.desktop.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestoreHistoryTest {
  private final ArraySampleStore original =
      new ArraySampleStore(new float[][] {new float[1000]}, 8000);
  private final RestoreHistory history = new RestoreHistory();

  @AfterEach
  void deleteTemporaryFiles() {
    history.clear();
  }

  private HistoryEntry restore(String algorithm) throws Exception {
    HistoryEntry on = history.currentProperty().get();
    RestoredStore store =
        on == null ? RestoredStore.over(original) : on.outcome().restored().layerAbove();
    RestoreOutcome outcome =
        new RestoreOutcome(
            store,
            MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER),
            new RestoreStats(1, 0, 0.5f, 0),
            algorithm,
            List.of(),
            Duration.ofMillis(5));
    RestoreRequest request =
        new RestoreRequest(
            AlgorithmChoice.CUBIC,
            Optional.empty(),
            InferenceOptions.defaults(),
            0.95,
            true,
            new FrameRange(0, 1000));
    HistoryEntry entry =
        new HistoryEntry(history.entries().size() + 1, on, request, List.of(), 8000, outcome);
    history.add(entry);
    return entry;
  }

  @Test
  void undoGoesBackToTheVersionARestoreWasMadeOnAndRedoReturns() throws Exception {
    HistoryEntry first = restore("cubic");
    HistoryEntry second = restore("a-spade");
    assertThat(history.undo()).isTrue();
    assertThat(history.currentProperty().get()).isSameAs(first);
    assertThat(history.undo()).isTrue();
    assertThat(history.currentProperty().get()).isNull();
    assertThat(history.undo()).isFalse();
    assertThat(history.redo()).isTrue();
    assertThat(history.redo()).isTrue();
    assertThat(history.currentProperty().get()).isSameAs(second);
    assertThat(history.canRedo().get()).isFalse();
  }

  @Test
  void aRestoreAfterAnUndoKeepsTheUndoneOneAndRedoFollowsTheNewest() throws Exception {
    HistoryEntry first = restore("cubic");
    history.undo();
    HistoryEntry other = restore("a-spade");
    assertThat(history.entries()).containsExactly(first, other);
    history.undo();
    history.redo();
    assertThat(history.currentProperty().get()).isSameAs(other);
    history.show(first);
    history.undo();
    history.redo();
    assertThat(history.currentProperty().get()).isSameAs(first);
  }

  @Test
  void everyRestoreCountsAsUnexportedUntilItIsWritten() throws Exception {
    HistoryEntry first = restore("cubic");
    HistoryEntry second = restore("cubic");
    assertThat(history.unexportedProperty().get()).isEqualTo(2);
    history.exported(second);
    history.exported(second);
    assertThat(history.unexportedProperty().get()).isEqualTo(1);
    history.exported(first);
    assertThat(history.unexportedProperty().get()).isZero();
  }

  @Test
  void closingTheFileDeletesEveryEntrysAudio() throws Exception {
    DiskSampleStore decoded = DiskSampleStore.create(1, 200_000, 8000);
    RestoreHistory own = new RestoreHistory();
    RestoredStore below = RestoredStore.over(decoded);
    RestoredStore above = below.layerAbove();
    below.write(0, 0, new float[] {0.5f}, 0, 1);
    above.write(0, 150_000, new float[] {0.5f}, 0, 1);
    List<RestoredStore> stores = List.of(below, above);
    HistoryEntry previous = null;
    for (RestoredStore store : stores) {
      RestoreOutcome outcome =
          new RestoreOutcome(
              store,
              MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER),
              new RestoreStats(1, 0, 0.5f, 0),
              "cubic",
              List.of(),
              Duration.ZERO);
      previous =
          new HistoryEntry(
              own.entries().size() + 1,
              previous,
              new RestoreRequest(
                  AlgorithmChoice.CUBIC,
                  Optional.empty(),
                  InferenceOptions.defaults(),
                  0.95,
                  true,
                  new FrameRange(0, 1)),
              List.of(),
              8000,
              outcome);
      own.add(previous);
    }
    own.clear();
    assertThat(own.entries()).isEmpty();
    float[] one = new float[1];
    assertThatThrownBy(() -> below.read(0, 0, one, 0, 1)).hasMessageContaining("closed");
    assertThatThrownBy(() -> above.read(0, 150_000, one, 0, 1)).hasMessageContaining("closed");
    decoded.close();
  }
}
