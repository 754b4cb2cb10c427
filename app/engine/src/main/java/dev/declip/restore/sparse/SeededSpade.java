package dev.declip.restore.sparse;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.ConsistencyProjection;
import dev.declip.restore.RestorationAlgorithm;

/**
 * The network-seeded, budgeted sparse refinement: a seed algorithm (the network) restores the
 * block, its estimate is projected onto the consistent set (which can only bring it closer to the
 * true signal: the set is convex and holds it), and A-SPADE starts every clipped frame from there
 * with the seeded schedule of {@link SpadeSettings} (k0 from a share of the seed's frame energy,
 * geometric growth of k, a cap on iterations). A frame that does not converge within the cap keeps
 * the seed. Closing it closes the seed.
 */
public final class SeededSpade implements RestorationAlgorithm {

  /**
   * Measured on the benchmark's sets (docs/quality.md): k0 from 95 % of the energy, k x 1.1, at
   * most 60 iterations, epsilon 1 (the survey's: a tenth of the peak of a recording clipped at a
   * tenth of its peak); the plain A-SPADE epsilon 0.1 leaves a third of the frames unconverged.
   */
  public static final SpadeSettings DEFAULTS =
      SpadeSettings.DEFAULTS.withEpsilon(1.0).withSchedule(0.95, 1.1).withMaxIterations(60);

  private final RestorationAlgorithm seed;
  private final ASpade spade;

  /**
   * @param spade the refinement: its settings should be seeded ({@link SpadeSettings#startShare()}
   *     > 0) so unconverged frames keep the seed
   */
  public SeededSpade(RestorationAlgorithm seed, ASpade spade) {
    this.seed = seed;
    this.spade = spade;
  }

  @Override
  public String name() {
    return "seeded a-spade on " + seed.name();
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return refine(y, firstFrame, levels, sampleRate, cancellation).outcome().estimate();
  }

  /**
   * The consistent seed and the refinement started from it.
   *
   * @param seed the seed's estimate projected onto the consistent set
   */
  public record Refined(float[] seed, SpadeOutcome outcome) {}

  /** Runs the seed, then the refinement from it; says how the frames went. */
  public Refined refine(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    float[] start = seed(y, firstFrame, levels, sampleRate, cancellation);
    return new Refined(
        start, spade.restore(y, start, firstFrame, levels, sampleRate, cancellation));
  }

  /** The seed's estimate alone, projected onto the consistent set. */
  public float[] seed(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    return ConsistencyProjection.apply(
        seed.estimate(y, firstFrame, levels, sampleRate, cancellation), y, levels);
  }

  /** The seed's context and a SPADE window beyond it. */
  @Override
  public int contextSamples(int sampleRate) {
    return seed.contextSamples(sampleRate) + spade.contextSamples(sampleRate);
  }

  @Override
  public void close() {
    try (spade) {
      seed.close();
    }
  }
}
