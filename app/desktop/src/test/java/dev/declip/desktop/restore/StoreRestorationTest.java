package dev.declip.desktop.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import dev.declip.desktop.ClippedRecordings;
import dev.declip.desktop.samples.ArraySampleStore;
import dev.declip.desktop.samples.FrameRange;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.Restorations;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreRestorationTest {
  @RegisterExtension final RestoredStores stores = new RestoredStores();

  private static final int RATE = ClippedRecordings.RATE;
  private static final ClipLevels LEVELS = ClipLevels.symmetric(ClippedRecordings.LEVEL);
  private static final double TAU = 0.95;

  private final float[][] clipped = ClippedRecordings.clippedSamples(2, 3);
  private final ArraySampleStore original = new ArraySampleStore(clipped, RATE);

  private RestoredStore restore(List<Optional<ClipLevels>> levels, FrameRange range)
      throws Exception {
    RestoredStore into = stores.over(original);
    new StoreRestoration(new CubicInterpolation(), levels, TAU)
        .run(original, into, range, ProgressListener.NONE, Cancellation.NEVER);
    return into;
  }

  private static float[] channel(RestoredStore store, int c) {
    float[] out = new float[(int) store.frames()];
    store.read(c, 0, out, 0, out.length);
    return out;
  }

  @Test
  void restoringTheWholeFileMatchesTheEngineRestoringEachChannelWhole() throws Exception {
    RestoredStore restored =
        restore(
            List.of(Optional.of(LEVELS), Optional.of(LEVELS)),
            new FrameRange(0, clipped[0].length));
    for (int c = 0; c < 2; c++) {
      float[] expected =
          Restorations.restore(
              new CubicInterpolation(), clipped[c], LEVELS, RATE, TAU, true, Cancellation.NEVER);
      assertThat(channel(restored, c)).containsExactly(expected);
    }
  }

  @Test
  void restoringASelectionChangesOnlyFramesInsideIt() throws Exception {
    FrameRange selection = new FrameRange(20_000, 30_000);
    RestoredStore restored = restore(List.of(Optional.of(LEVELS), Optional.of(LEVELS)), selection);
    float[] after = channel(restored, 0);
    for (int i = 0; i < after.length; i++) {
      if (!selection.contains(i)) {
        assertThat(after[i]).as("frame %d", i).isEqualTo(clipped[0][i]);
      }
    }
    assertThat(java.util.Arrays.equals(after, clipped[0])).isFalse();
  }

  @Test
  void aSelectionRestoresAsItWouldInsideAWholeFileRestore() throws Exception {
    FrameRange selection = new FrameRange(20_000, 30_000);
    float[] part =
        channel(restore(List.of(Optional.of(LEVELS), Optional.of(LEVELS)), selection), 1);
    float[] whole =
        Restorations.restore(
            new CubicInterpolation(), clipped[1], LEVELS, RATE, TAU, true, Cancellation.NEVER);
    for (int i = 20_000; i < 30_000; i++) {
      assertThat(part[i]).as("frame %d", i).isEqualTo(whole[i]);
    }
  }

  @Test
  void aChannelWithoutClipLevelsIsLeftAsRecorded() throws Exception {
    RestoredStore restored =
        restore(
            List.of(Optional.of(LEVELS), Optional.empty()), new FrameRange(0, clipped[0].length));
    assertThat(channel(restored, 1)).containsExactly(clipped[1]);
  }

  @Test
  void stopsWhenCancelled() throws Exception {
    RestoredStore into = stores.over(original);
    StoreRestoration restoration =
        new StoreRestoration(
            new CubicInterpolation(), List.of(Optional.of(LEVELS), Optional.of(LEVELS)), TAU);
    Assertions.assertThatThrownBy(
            () ->
                restoration.run(
                    original,
                    into,
                    new FrameRange(0, clipped[0].length),
                    ProgressListener.NONE,
                    () -> true))
        .isInstanceOf(OperationCancelledException.class);
  }
}
