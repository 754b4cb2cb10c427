package dev.declip.training.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.UNetSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointHeaderTest {
  private final CheckpointHeader fresh =
      new CheckpointHeader(
          0,
          0,
          0,
          Double.NaN,
          UNetSpec.defaults(),
          "mc+ei",
          "uniform:0.1,2",
          3,
          22050,
          8192,
          "t",
          Map.of("declip.loss", "mc+ei"));

  @Test
  void theBestEpochMovesOnlyWhenTheValidationLossDrops() {
    CheckpointHeader first = fresh.afterEpoch(1, 10, 0.5);
    CheckpointHeader worse = first.afterEpoch(2, 20, 0.7);
    CheckpointHeader better = worse.afterEpoch(3, 30, 0.4);

    assertThat(first.bestEpoch()).isEqualTo(1);
    assertThat(worse.bestEpoch()).isEqualTo(1);
    assertThat(worse.lastIsBest()).isFalse();
    assertThat(better.bestEpoch()).isEqualTo(3);
    assertThat(better.bestValidationLoss()).isEqualTo(0.4);
  }

  @Test
  void anEpochWithoutValidationNeverBecomesTheBest() {
    assertThat(fresh.afterEpoch(1, 10, Double.NaN).bestEpoch()).isZero();
  }

  @Test
  void survivesItsJsonRoundTripWithTheSpec() throws Exception {
    CheckpointHeader header = fresh.afterEpoch(2, 20, 0.3);
    assertThat(CheckpointHeader.fromJson(header.toJson())).isEqualTo(header);
  }

  @Test
  void theExportedMetadataSaysHowManyEpochsTrained() {
    assertThat(fresh.afterEpoch(4, 40, 0.2).metadata().extra())
        .containsEntry("declip.epochs_trained", "4")
        .containsEntry("declip.loss", "mc+ei");
  }
}
