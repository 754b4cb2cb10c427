package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.clipping.ClipLevels;
import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.model.TestModels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.NeuralRestoration;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Restorations;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one restore pipeline's pass, on recordings long enough to cross block seams: the blocks of
 * {@link BlockPlan} are 8 seconds for interpolation (the music here has two seams) and 12 for the
 * test network, whose margins are longer (its recording has one).
 */
class StoreRestorationTest {
  @RegisterExtension final RestoredStores stores = new RestoredStores();
  @TempDir Path dir;

  private static final double TAU = RestoreSettings.DEFAULT_TAU;
  private static final float LEVEL = 0.5f;
  private static final ClipLevels LEVELS = ClipLevels.symmetric(LEVEL);

  /** 20 s of stereo music at 44.1 kHz, clipped at half scale: two block seams. */
  private static ArraySampleStore music() throws IOException {
    return new ArraySampleStore(ClippedFiles.music(20, LEVEL).samples(), 44_100);
  }

  private RestoredStore restore(
      RestorationAlgorithm algorithm,
      SampleStore original,
      List<Optional<ClipLevels>> levels,
      FrameRange range,
      boolean consistent)
      throws Exception {
    RestoredStore into = stores.over(original);
    new StoreRestoration(algorithm, levels, TAU, consistent)
        .run(original, into, range, ProgressListener.NONE, Cancellation.NEVER);
    return into;
  }

  private static float[] channel(SampleStore store, int c) {
    float[] out = new float[(int) store.frames()];
    store.read(c, 0, out, 0, out.length);
    return out;
  }

  private static List<Optional<ClipLevels>> both() {
    return List.of(Optional.of(LEVELS), Optional.of(LEVELS));
  }

  private static FrameRange all(SampleStore store) {
    return new FrameRange(0, store.frames());
  }

  @Test
  void theRecordingIsLongerThanTwoBlocks() throws IOException {
    ArraySampleStore music = music();
    int block = BlockPlan.of(new CubicInterpolation(), 44_100).block();
    assertThat(music.frames()).isGreaterThan(2L * block);
  }

  @Test
  void restoringInBlocksMatchesRestoringEachChannelWhole() throws Exception {
    ArraySampleStore music = music();
    RestoredStore restored = restore(new CubicInterpolation(), music, both(), all(music), true);
    for (int c = 0; c < 2; c++) {
      float[] whole =
          Restorations.restore(
              new CubicInterpolation(),
              channel(music, c),
              LEVELS,
              44_100,
              TAU,
              true,
              Cancellation.NEVER);
      assertThat(mismatches(channel(restored, c), whole)).isEmpty();
    }
  }

  @Test
  void aNetworkRestoresInBlocksAsItWouldWholeKeepsUnclippedSamplesAndReportsItsWindows()
      throws Exception {
    float[] y = decimated(ClippedFiles.music(17, LEVEL).samples()[0]);
    ArraySampleStore recording = new ArraySampleStore(new float[][] {y}, TestModels.SAMPLE_RATE);
    try (NeuralRestoration network = network()) {
      assertThat(recording.frames())
          .isGreaterThan(BlockPlan.of(network, TestModels.SAMPLE_RATE).block() + 50_000L);
      RestoredStore into = stores.over(recording);
      List<Long> done = new ArrayList<>();
      new StoreRestoration(network, List.of(Optional.of(LEVELS)), TAU, true)
          .run(
              recording,
              into,
              all(recording),
              (stage, frames, total) -> done.add(frames),
              Cancellation.NEVER);
      float[] blockwise = channel(into, 0);
      float[] whole =
          Restorations.restore(
              network, y, LEVELS, TestModels.SAMPLE_RATE, TAU, true, Cancellation.NEVER);

      assertThat(mismatches(blockwise, whole)).isEmpty();
      // The network reports its windows: progress moves within each of the two blocks.
      assertThat(done).isSorted().hasSizeGreaterThan(4).last().isEqualTo(recording.frames());
      for (int i = 0; i < y.length; i++) {
        if (LEVELS.isClipped(y[i])) {
          assertThat(Math.abs(blockwise[i])).as("frame %d", i).isGreaterThanOrEqualTo(LEVEL);
        } else {
          assertThat(Float.floatToRawIntBits(blockwise[i]))
              .as("unclipped frame %d", i)
              .isEqualTo(Float.floatToRawIntBits(y[i]));
        }
      }
    }
  }

  @Test
  void aSelectionAcrossASeamRestoresAsItDoesInsideAWholeRestore() throws Exception {
    ArraySampleStore music = music();
    int block = BlockPlan.of(new CubicInterpolation(), 44_100).block();
    FrameRange selection = new FrameRange(block - 30_000, block + 50_000);
    for (boolean consistent : new boolean[] {true, false}) {
      float[] part =
          channel(restore(new CubicInterpolation(), music, both(), selection, consistent), 1);
      float[] whole =
          channel(restore(new CubicInterpolation(), music, both(), all(music), consistent), 1);
      float[] y = channel(music, 1);
      for (int i = 0; i < y.length; i++) {
        float expected = selection.contains(i) ? whole[i] : y[i];
        if (Float.compare(part[i], expected) != 0) {
          throw new AssertionError(
              "consistent=" + consistent + ", frame " + i + ": " + part[i] + " != " + expected);
        }
      }
      assertThat(Arrays.equals(part, y)).isFalse();
    }
  }

  @Test
  void reportsThePeakAndTheSamplesChangedOfItsRange() throws Exception {
    ArraySampleStore music = music();
    RestoredStore into = stores.over(music);
    StoreRestoration.Pass pass =
        new StoreRestoration(new CubicInterpolation(), both(), TAU, true)
            .run(music, into, all(music), ProgressListener.NONE, Cancellation.NEVER);
    float peak = 0;
    long changed = 0;
    for (int c = 0; c < 2; c++) {
      float[] before = channel(music, c);
      float[] after = channel(into, c);
      for (int i = 0; i < after.length; i++) {
        peak = Math.max(peak, Math.abs(after[i]));
        changed += Float.compare(before[i], after[i]) != 0 ? 1 : 0;
      }
    }
    assertThat(pass.peak()).isEqualTo(peak).isGreaterThan(LEVEL);
    assertThat(pass.samplesChanged()).isEqualTo(changed).isPositive();
  }

  @Test
  void aChannelWithoutClipLevelsIsLeftAsRecorded() throws Exception {
    ArraySampleStore music = music();
    RestoredStore restored =
        restore(
            new CubicInterpolation(),
            music,
            List.of(Optional.of(LEVELS), Optional.empty()),
            all(music),
            true);
    assertThat(mismatches(channel(restored, 1), channel(music, 1))).isEmpty();
  }

  @Test
  void reportsProgressChannelByChannelUpToTheRangesLength() throws Exception {
    ArraySampleStore music = music();
    FrameRange range = new FrameRange(1000, music.frames() - 1000);
    List<Long> done = new ArrayList<>();
    new StoreRestoration(new CubicInterpolation(), both(), TAU, true)
        .run(
            music,
            stores.over(music),
            range,
            (stage, frames, total) -> {
              assertThat(stage).isEqualTo("restoring");
              assertThat(total).isEqualTo(range.length());
              done.add(frames);
            },
            Cancellation.NEVER);
    int block = BlockPlan.of(new CubicInterpolation(), 44_100).block();
    assertThat(done).startsWith((long) block / 2, (long) block).isSorted();
    assertThat(done).hasSize(2 * 3).last().isEqualTo(range.length());
  }

  @Test
  void stopsWhenCancelled() throws Exception {
    ArraySampleStore music = music();
    Cancellation.Flag flag = new Cancellation.Flag();
    List<Long> done = new ArrayList<>();
    assertThatThrownBy(
            () ->
                new StoreRestoration(new CubicInterpolation(), both(), TAU, true)
                    .run(
                        music,
                        stores.over(music),
                        all(music),
                        (stage, frames, total) -> {
                          done.add(frames);
                          flag.cancel();
                        },
                        flag))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(done).hasSize(1);
  }

  private NeuralRestoration network() throws IOException {
    Path model = TestModels.writeRandomUNet(dir);
    return new NeuralRestoration(
        OnnxDeclipModel.load(model, new InferenceOptions(DeviceChoice.CPU, 2)), "neural");
  }

  /** Every other sample: the music at the test network's 22.05 kHz, its clipped runs kept. */
  private static float[] decimated(float[] x) {
    float[] out = new float[x.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = x[2 * i];
    }
    return out;
  }

  /** The first few frames where two signals differ (AssertJ's diff is slow on a million). */
  private static List<String> mismatches(float[] a, float[] b) {
    List<String> out = new ArrayList<>();
    if (a.length != b.length) {
      out.add("lengths " + a.length + " != " + b.length);
    }
    for (int i = 0; i < Math.min(a.length, b.length) && out.size() < 5; i++) {
      if (Float.compare(a[i], b[i]) != 0) {
        out.add(i + ": " + a[i] + " != " + b[i]);
      }
    }
    return out;
  }
}
