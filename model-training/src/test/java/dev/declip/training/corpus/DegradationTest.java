package dev.declip.training.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.restore.Sdr;
import dev.declip.training.data.Recordings;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DegradationTest {
  private static final float[] MUSIC = Recordings.music(4000, 8000, 0.6, 3);

  @Test
  void hardClippingAtAnInputSdrGivesThatSdr() {
    Degradation.Clipped c = Degradation.hardAtInputSdr(MUSIC, 7);

    assertThat(Sdr.db(c.clean(), c.clipped())).isCloseTo(7, within(0.01));
  }

  @Test
  void eachPolarityIsClippedAtItsOwnLevelAndBothLandOnOneInTheNetworksUnits() {
    Degradation.Clipped c = Degradation.hard(MUSIC, 0.3f, 0.15f);

    for (int i = 0; i < MUSIC.length; i++) {
      boolean clipped = MUSIC[i] >= 0.3f || MUSIC[i] <= -0.15f;
      assertThat(c.mask()[i]).isEqualTo(clipped ? 0f : 1f);
      if (clipped) {
        assertThat(Math.abs(c.clipped()[i])).isEqualTo(1f);
      }
    }
    assertThat(c.clean()[argmin(MUSIC)]).isLessThan(-1f);
  }

  @Test
  void softClippingLeavesSamplesBelowTheKneeAndBendsTheRestBelowTheLevel() {
    Degradation.Clipped c = Degradation.soft(MUSIC, 0.3f, 0.3f, 0.7);

    for (int i = 0; i < MUSIC.length; i++) {
      if (Math.abs(MUSIC[i]) <= 0.21f) {
        assertThat(c.mask()[i]).isEqualTo(1f);
      } else if (Math.abs(MUSIC[i]) > 0.211f) {
        assertThat(c.mask()[i]).isZero();
        assertThat(Math.abs(c.clipped()[i])).isBetween(0.7f, 1f);
      }
    }
  }

  @Test
  void everyDrawnClippingKeepsTheUnclippedSamplesAndClipsSome() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 200; n++) {
      Degradation.Clipped c = Degradation.draw(MUSIC, random);
      int clipped = 0;
      for (int i = 0; i < MUSIC.length; i++) {
        if (c.mask()[i] == 1f) {
          assertThat(c.clipped()[i]).isEqualTo(c.clean()[i]);
        } else {
          clipped++;
        }
        assertThat(Math.abs(c.clipped()[i])).isLessThanOrEqualTo(1f);
      }
      assertThat(clipped).isPositive();
    }
  }

  private static int argmin(float[] x) {
    int at = 0;
    for (int i = 1; i < x.length; i++) {
      at = x[i] < x[at] ? i : at;
    }
    return at;
  }
}
