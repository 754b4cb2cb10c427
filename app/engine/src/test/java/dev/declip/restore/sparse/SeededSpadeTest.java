package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.ConsistencyProjection;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.Sdr;
import dev.declip.restore.Signals;
import org.junit.jupiter.api.Test;

class SeededSpadeTest {

  private static final int RATE = ClippedSines.RATE;

  private static float[] restore(SpadeSettings settings, float[] y, ClipLevels levels) {
    try (SeededSpade seeded = new SeededSpade(new CubicInterpolation(), new ASpade(settings, 2))) {
      return seeded.estimate(y, levels, RATE, Cancellation.NEVER);
    }
  }

  @Test
  void refinesACubicSeedFarBeyondCubicAlone() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);
    ClipLevels levels = ClipLevels.symmetric(level);
    float[] cubic = new CubicInterpolation().estimate(y, levels, RATE, Cancellation.NEVER);

    float[] refined = restore(SeededSpade.DEFAULTS.withEpsilon(0.3), y, levels);

    assertThat(Sdr.db(x, refined)).isGreaterThan(Sdr.db(x, cubic) + 3);
  }

  @Test
  void keepsUnclippedSamplesExactlyAndClippedOnesBeyondTheLevel() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);

    float[] refined = restore(SeededSpade.DEFAULTS, y, ClipLevels.symmetric(level));

    for (int i = 0; i < y.length; i++) {
      if (Math.abs(y[i]) < level) {
        assertThat(refined[i]).as("sample %d", i).isEqualTo(y[i]);
      } else {
        assertThat(Math.abs(refined[i])).as("sample %d", i).isGreaterThanOrEqualTo(level);
      }
    }
  }

  @Test
  void framesThatDoNotConvergeWithinTheCapKeepTheConsistentSeed() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);
    ClipLevels levels = ClipLevels.symmetric(level);
    float[] seed =
        ConsistencyProjection.apply(
            new CubicInterpolation().estimate(y, levels, RATE, Cancellation.NEVER), y, levels);

    float[] refined =
        restore(SeededSpade.DEFAULTS.withEpsilon(1e-9).withMaxIterations(1), y, levels);

    assertThat(refined).containsExactly(seed);
  }

  @Test
  void startsFewerIterationsThanPlainASpadeNeeds() {
    float[] x = ClippedSines.chord(4096);
    float level = ClippedSines.levelFor(x, 5);
    float[] y = Signals.clip(x, level, level);
    ClipLevels levels = ClipLevels.symmetric(level);
    SpadeSettings seededSettings = SeededSpade.DEFAULTS.withMaxIterations(4000);
    try (ASpade plain = new ASpade(SpadeSettings.DEFAULTS, 2);
        SeededSpade seeded =
            new SeededSpade(new CubicInterpolation(), new ASpade(seededSettings, 2))) {
      long plainIterations = plain.restore(y, 0, levels, RATE, Cancellation.NEVER).iterations();
      long seededIterations =
          seeded.refine(y, 0, levels, RATE, Cancellation.NEVER).outcome().iterations();

      assertThat(seededIterations).isLessThan(plainIterations / 3);
    }
  }
}
