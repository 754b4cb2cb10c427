package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import org.junit.jupiter.api.Test;

class ConsistencyProjectionTest {

  private final ClipLevels levels = new ClipLevels(0.5f, 0.25f);

  @Test
  void givesUnclippedSamplesTheirMeasuredValue() {
    float[] x =
        ConsistencyProjection.apply(new float[] {0.9f, -0.9f}, new float[] {0.1f, -0.2f}, levels);

    assertThat(x).containsExactly(0.1f, -0.2f);
  }

  @Test
  void liftsClippedEstimatesBelowTheLevelToTheLevelKeepingTheirSign() {
    float[] x =
        ConsistencyProjection.apply(
            new float[] {0.1f, -0.3f, 0.2f}, new float[] {0.5f, 0.5f, -0.25f}, levels);

    assertThat(x).containsExactly(0.5f, 0.5f, -0.25f);
  }

  @Test
  void keepsClippedEstimatesBeyondTheLevel() {
    float[] x =
        ConsistencyProjection.apply(new float[] {0.8f, -0.6f}, new float[] {0.5f, -0.25f}, levels);

    assertThat(x).containsExactly(0.8f, -0.6f);
  }

  @Test
  void replacesANotANumberEstimateByTheLevel() {
    float[] x =
        ConsistencyProjection.apply(
            new float[] {Float.NaN, Float.NaN}, new float[] {0.5f, -0.25f}, levels);

    assertThat(x).containsExactly(0.5f, -0.25f);
  }
}
