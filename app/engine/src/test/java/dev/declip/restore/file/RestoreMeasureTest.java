package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.clipping.ClipLevels;
import dev.declip.samples.ArraySampleStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestoreMeasureTest {
  @RegisterExtension final RestoredStores stores = new RestoredStores();

  private static final List<Optional<ClipLevels>> LEVELS =
      List.of(Optional.of(ClipLevels.symmetric(0.5f)));

  private final ArraySampleStore original =
      new ArraySampleStore(new float[][] {{0.1f, 0.5f, 0.5f, -0.5f, 0.2f}}, 8000);

  @Test
  void countsTheSamplesThatDifferAndHowFarTheyRiseAboveTheLevel() throws Exception {
    RestoredStore restored = stores.over(original);
    restored.write(0, 1, new float[] {0.8f, 0.5f, -1.0f}, 0, 3);
    RestoreStats stats = RestoreMeasure.measure(original, restored, LEVELS, 0.5f);
    assertThat(stats.samplesModified()).isEqualTo(2);
    assertThat(stats.peakAboveClipDb()).isCloseTo(20 * Math.log10(1.0 / 0.5), within(1e-6)); // 6.02
    assertThat(stats.restoredPeak()).isEqualTo(1.0f);
  }

  @Test
  void exportGainBringsAPeakAboveFullScaleBackToIt() throws Exception {
    RestoredStore restored = stores.over(original);
    restored.write(0, 1, new float[] {2.0f}, 0, 1);
    RestoreStats stats = RestoreMeasure.measure(original, restored, LEVELS, 0.5f);
    assertThat(stats.exportGainDb()).isCloseTo(-20 * Math.log10(2.0), within(1e-6));
  }

  @Test
  void exportNeedsNoGainWhenThePeakFits() throws Exception {
    RestoredStore restored = stores.over(original);
    restored.write(0, 1, new float[] {0.9f}, 0, 1);
    RestoreStats stats = RestoreMeasure.measure(original, restored, LEVELS, 0.5f);
    assertThat(stats.exportGainDb()).isZero();
  }
}
