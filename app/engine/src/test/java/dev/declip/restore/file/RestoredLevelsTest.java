package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.clipping.ClipLevels;
import dev.declip.levels.TruePeak;
import dev.declip.samples.ArraySampleStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The restored store keeps its levels as it is written, without another pass. */
class RestoredLevelsTest {
  @RegisterExtension final RestoredStores stores = new RestoredStores();

  private static final List<Optional<ClipLevels>> LEVELS =
      List.of(Optional.of(ClipLevels.symmetric(0.5f)));

  private final ArraySampleStore original =
      new ArraySampleStore(new float[][] {{0.1f, 0.5f, 0.5f, -0.5f, 0.2f}}, 8000);

  private RestoredStore over(ArraySampleStore audio) throws Exception {
    return stores.add(RestoredStore.over(audio, LEVELS));
  }

  @Test
  void countsTheSamplesThatDifferAndHowFarTheyRiseAboveTheLevel() throws Exception {
    RestoredStore restored = over(original);
    restored.write(0, 1, new float[] {0.8f, 0.5f, -1.0f}, 0, 3);
    RestoreStats stats = RestoreStats.of(restored.levels());
    assertThat(stats.samplesModified()).isEqualTo(2);
    assertThat(stats.peakAboveClipDb()).isCloseTo(20 * Math.log10(1.0 / 0.5), within(1e-6));
    assertThat(stats.restoredPeak()).isEqualTo(1.0f);
  }

  @Test
  void exportGainBringsATruePeakAboveTheCeilingDownToIt() throws Exception {
    RestoredStore restored = over(original);
    restored.write(0, 1, new float[] {2.0f}, 0, 1);
    RestoredLevels levels = restored.levels();
    float[] whole = {0.1f, 2.0f, 0.5f, -0.5f, 0.2f};
    assertThat(levels.truePeak()).isEqualTo(TruePeak.of(whole));
    assertThat(RestoreStats.of(levels).exportGainDb())
        .isCloseTo(-0.3 - 20 * Math.log10(TruePeak.of(whole)), within(1e-5));
  }

  @Test
  void exportNeedsNoGainWhenThePeakFits() throws Exception {
    ArraySampleStore quiet = new ArraySampleStore(new float[][] {{0.1f, 0.3f, 0.3f, 0.1f}}, 8000);
    RestoredStore restored = over(quiet);
    restored.write(0, 1, new float[] {0.4f}, 0, 1);
    assertThat(RestoreStats.of(restored.levels()).exportGainDb()).isZero();
  }

  @Test
  void levelsOfAManyBlockRecordingMatchAMeasureOfTheWholeAfterAnyWrites() throws Exception {
    int frames = 3 * RestoredStore.BLOCK + 1234;
    float[] music = new float[frames];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int i = 0; i < frames; i++) {
      music[i] = (float) (0.4 * Math.sin(i * 0.37) + 0.1 * (random.nextDouble() - 0.5));
    }
    RestoredStore restored = over(new ArraySampleStore(new float[][] {music}, 44_100));
    float[] burst = new float[50];
    for (int i = 0; i < burst.length; i++) {
      burst[i] = (float) (1.3 * Math.sin(i * 2.9));
    }
    restored.write(0, RestoredStore.BLOCK - 20, burst, 0, burst.length); // across a seam
    restored.write(0, frames - 10, burst, 0, 10);
    float[] now = new float[frames];
    restored.read(0, 0, now, 0, frames);
    long differ = 0;
    for (int i = 0; i < frames; i++) {
      differ += now[i] != music[i] ? 1 : 0;
    }
    RestoredLevels levels = restored.levels();
    assertThat(levels.truePeak()).isEqualTo(TruePeak.of(now));
    assertThat(levels.samplesModified()).isEqualTo(differ);
    assertThat(levels.samplePeak()).isEqualTo(maxAbs(now));
  }

  private static float maxAbs(float[] x) {
    float m = 0;
    for (float v : x) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
