package dev.declip.training.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.declip.training.net.RestorationNetwork;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingObjectiveTest {

  private final NDManager manager = NDManager.newBaseManager();
  private final AtomicInteger passes = new AtomicInteger();
  private final RestorationNetwork identity =
      (clipped, mask, training) -> {
        passes.incrementAndGet();
        return clipped;
      };
  // y = [0.5, 1] with the second sample clipped; g fixed at 1.5 so EI = 0.125 by hand.
  private final NDArray y = manager.create(new float[] {0.5f, 1f}).reshape(1, 2);
  private final NDArray mask = manager.create(new float[] {1f, 0f}).reshape(1, 2);
  private final NDArray clean = manager.create(new float[] {0.5f, 1.5f}).reshape(1, 2);

  @AfterEach
  void close() {
    manager.close();
  }

  private static TrainingObjective fixedGain(ObjectiveKind kind, double eiWeight) {
    return new TrainingObjective(kind, new GainDistribution.Uniform(1.5, 1.5), eiWeight, false, 0);
  }

  @Test
  void mcPlusEiRunsTheNetworkTwiceAndAddsTheWeightedTerms() {
    // MC: y - y = 0 on the unclipped sample, 1 - 1 = 0 on the clipped one; EI = 0.125.
    LossTerms terms = fixedGain(ObjectiveKind.MC_EI, 2).compute(identity, y, mask, null, true);
    assertThat(passes).hasValue(2);
    assertThat(terms.total().getFloat()).isCloseTo(0.25f, within(1e-6f));
    assertThat(terms.ei().getFloat()).isCloseTo(0.125f, within(1e-6f));
  }

  @Test
  void supervisedRunsTheNetworkOnceAndMinimisesEq2() {
    LossTerms terms =
        fixedGain(ObjectiveKind.SUPERVISED, 1).compute(identity, y, mask, clean, true);
    assertThat(passes).hasValue(1);
    assertThat(terms.total().getFloat()).isCloseTo(0.125f, within(1e-6f));
    assertThat(terms.ei()).isNull();
  }

  @Test
  void supervisedWithoutTheCleanSignalIsRefused() {
    assertThatThrownBy(
            () -> fixedGain(ObjectiveKind.SUPERVISED, 1).compute(identity, y, mask, null, true))
        .hasMessageContaining("clean");
  }

  @Test
  void nmcPlusEiTakesTheNaiveConsistency() {
    // f = 3 y = [1.5, 3]: eq. 4 compares clip(1.5) = 1 with 0.5, (0.25 + 0) / 2; eq. 13 would
    // give (1 + 0) / 2.
    RestorationNetwork triple = (clipped, m, training) -> clipped.mul(3f);
    LossTerms terms = fixedGain(ObjectiveKind.NMC_EI, 1).compute(triple, y, mask, null, true);
    assertThat(terms.consistency().getFloat()).isCloseTo(0.125f, within(1e-6f));
  }

  @Test
  void parsesTheLabelsItPrints() {
    for (ObjectiveKind kind : ObjectiveKind.values()) {
      assertThat(ObjectiveKind.parse(kind.label())).isEqualTo(kind);
    }
  }
}
