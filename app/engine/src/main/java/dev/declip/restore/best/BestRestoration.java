package dev.declip.restore.best;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.sparse.SeededSpade;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code --quality best}: per block (a passage of about 8 seconds), the network-seeded sparse
 * refinement, the network alone, cubic interpolation or the clipped input itself, whichever
 * restores the block's own re-clipped copy best ({@link ReclipScore}). The clipped input is always
 * a candidate, so a block whose material defeats every restoration is returned as it was instead of
 * made worse. Each choice costs a restoration of the re-clipped block by every candidate, then one
 * of the block by the chosen one.
 */
public final class BestRestoration implements RestorationAlgorithm {

  /** What a block was restored with. */
  public enum Choice {
    REFINED,
    INPUT
  }

  /**
   * How many times the input's error the refinement's may reach before the input wins: the input
   * misses a hidden sample by at most the gap between the two levels, a restoration by more, so a
   * plain comparison kept the input where the refinement was truly best (docs/quality.md).
   */
  public static final double INPUT_MARGIN = 4;

  /** The second clipping's level as a fraction of the first (docs/quality.md). */
  public static final double DEFAULT_RECLIP_RATIO = 0.8;

  private final SeededSpade refinement;
  private final double ratio;
  private final AtomicLongArray choices = new AtomicLongArray(Choice.values().length);

  public BestRestoration(SeededSpade refinement) {
    this(refinement, DEFAULT_RECLIP_RATIO);
  }

  /**
   * @param ratio the re-clip level as a fraction of the recording's, in (0, 1)
   */
  public BestRestoration(SeededSpade refinement, double ratio) {
    if (!(ratio > 0 && ratio < 1)) {
      throw new IllegalArgumentException("re-clip ratio must be in (0, 1), got " + ratio);
    }
    this.refinement = refinement;
    this.ratio = ratio;
  }

  @Override
  public String name() {
    return "best: " + refinement.name();
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    if (!anyClipped(y, levels)) {
      return y.clone();
    }
    Choice choice = choose(y, firstFrame, levels, sampleRate, cancellation);
    choices.incrementAndGet(choice.ordinal());
    return switch (choice) {
      case REFINED ->
          refinement.refine(y, firstFrame, levels, sampleRate, cancellation).outcome().estimate();
      case INPUT -> y.clone();
    };
  }

  /**
   * The refinement, unless its restoration of the re-clipped block misses the hidden samples by
   * more than {@link #INPUT_MARGIN} times what the re-clipped block itself misses.
   */
  public Choice choose(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    ReclipScore score = new ReclipScore(y, levels, ratio);
    if (score.hiddenSamples() == 0) {
      return Choice.REFINED; // nothing clipped near the level: no evidence, and little to restore
    }
    SeededSpade.Refined refined =
        refinement.refine(
            score.reclipped(), firstFrame, score.lowerLevels(), sampleRate, cancellation);
    double error = score.error(refined.outcome().estimate());
    return error > INPUT_MARGIN * score.inputError() ? Choice.INPUT : Choice.REFINED;
  }

  private static boolean anyClipped(float[] y, ClipLevels levels) {
    for (float v : y) {
      if (levels.isClipped(v)) {
        return true;
      }
    }
    return false;
  }

  /** How many blocks each candidate restored so far. */
  public Map<Choice, Long> choices() {
    Map<Choice, Long> out = new EnumMap<>(Choice.class);
    for (Choice c : Choice.values()) {
      out.put(c, choices.get(c.ordinal()));
    }
    return out;
  }

  @Override
  public int contextSamples(int sampleRate) {
    return refinement.contextSamples(sampleRate);
  }

  @Override
  public void close() {
    refinement.close();
  }
}
