package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.samples.ArraySampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestoredStoreTest {
  @RegisterExtension final RestoredStores stores = new RestoredStores();

  private static final int FRAMES = 3 * RestoredStore.BLOCK + 100;

  private static ArraySampleStore ramp() {
    float[][] samples = new float[2][FRAMES];
    for (int i = 0; i < FRAMES; i++) {
      samples[0][i] = i;
      samples[1][i] = -i;
    }
    return new ArraySampleStore(samples, 44100);
  }

  @Test
  void readsTheOriginalWhereNothingWasRestored() throws Exception {
    RestoredStore store = stores.over(ramp());
    float[] out = new float[10];
    store.read(1, 70_000, out, 0, 10);
    assertThat(out[0]).isEqualTo(-70_000f);
    assertThat(out[9]).isEqualTo(-70_009f);
  }

  @Test
  void aWriteAcrossABlockBoundaryReadsBackWithTheOriginalAroundIt() throws Exception {
    RestoredStore store = stores.over(ramp());
    long at = RestoredStore.BLOCK - 2;
    store.write(0, at, new float[] {7, 7, 7, 7}, 0, 4);
    float[] out = new float[6];
    store.read(0, at - 1, out, 0, 6);
    assertThat(out).containsExactly(at - 1, 7, 7, 7, 7, at + 4);
  }

  @Test
  void aLayerAboveLeavesTheOneBelowAsItWas() throws Exception {
    RestoredStore store = stores.over(ramp());
    store.write(0, 10, new float[] {1.5f}, 0, 1);
    RestoredStore above = store.layerAbove();
    stores.add(above);
    above.write(0, 10, new float[] {2.5f}, 0, 1);
    float[] out = new float[2];
    store.read(0, 10, out, 0, 2);
    assertThat(out).containsExactly(1.5f, 11f);
    above.read(0, 10, out, 0, 2);
    assertThat(out).containsExactly(2.5f, 11f);
  }

  @Test
  void aLayerAboveReadsWhatTheLayersBelowRestored() throws Exception {
    RestoredStore store = stores.over(ramp());
    store.write(1, 100_000, new float[] {0.25f}, 0, 1);
    RestoredStore above = store.layerAbove();
    stores.add(above);
    above.write(1, 5, new float[] {0.75f}, 0, 1);
    float[] out = new float[1];
    above.read(1, 100_000, out, 0, 1);
    assertThat(out[0]).isEqualTo(0.25f);
    assertThat(above.blockIndices(1)).containsExactly(0, 1);
  }
}
