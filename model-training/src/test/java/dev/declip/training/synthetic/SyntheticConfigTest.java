package dev.declip.training.synthetic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticConfigTest {

  private static SyntheticConfig withGrid(List<Integer> dims, List<Double> fractions) {
    SyntheticConfig defaults = SyntheticConfig.defaults(Path.of("out"));
    return new SyntheticConfig(
        dims,
        fractions,
        defaults.gMaxValues(),
        defaults.sweepDim(),
        defaults.sweepFraction(),
        defaults.gMin(),
        defaults.gMax(),
        false,
        defaults.network(),
        1,
        Path.of("out"));
  }

  @Test
  void refusesADimensionLargerThanTheSignal() {
    assertThatThrownBy(() -> withGrid(List.of(1, 101), List.of(0.1))).hasMessageContaining("101");
  }

  @Test
  void refusesAFractionOfOne() {
    assertThatThrownBy(() -> withGrid(List.of(1), List.of(1.0))).hasMessageContaining("(0, 1)");
  }
}
