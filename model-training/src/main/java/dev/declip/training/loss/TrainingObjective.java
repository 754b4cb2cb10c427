package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;
import dev.declip.training.net.RestorationNetwork;

/**
 * What one training step computes: one shared first pass {@code f(y)} feeds the consistency term,
 * the EI term (whose second pass restores the re-clipped, rescaled estimate) and, when the clean
 * signal is known, eq. 2. Not thread-safe (it holds the gain generator).
 */
public final class TrainingObjective {

  private final ObjectiveKind kind;
  private final GainSampler gains;
  private final float eiWeight;
  private final boolean detachEiTarget;

  /**
   * @param kind what the total is made of
   * @param gains the distribution of {@code g} in eq. 12
   * @param eiWeight the weight of the EI term in the total (eq. 14 uses 1)
   * @param detachEiTarget stop the gradient at {@code g f(y)} in eq. 12 (false: the paper's loss)
   * @param seed seeds the gain generator
   */
  public TrainingObjective(
      ObjectiveKind kind,
      GainDistribution gains,
      double eiWeight,
      boolean detachEiTarget,
      long seed) {
    if (!(eiWeight >= 0)) {
      throw new IllegalArgumentException("EI weight must be >= 0, got " + eiWeight);
    }
    this.kind = kind;
    this.gains = new GainSampler(gains, seed);
    this.eiWeight = (float) eiWeight;
    this.detachEiTarget = detachEiTarget;
  }

  /** Eq. 14 with the paper's audio gains, uniform on [0.1, 2]. */
  public static TrainingObjective paperDefault(long seed) {
    return new TrainingObjective(
        ObjectiveKind.MC_EI, GainDistribution.AUDIO_DEFAULT, 1, false, seed);
  }

  public ObjectiveKind kind() {
    return kind;
  }

  /**
   * @param network {@code f}
   * @param clipped {@code y}, {@code [N, T]}, in clip-level units
   * @param mask {@code [N, T]}, 1 on unclipped samples
   * @param clean {@code x}, {@code [N, T]}, or null when unknown (then the kind must not need it)
   * @param training whether this step records gradients
   */
  public LossTerms compute(
      RestorationNetwork network, NDArray clipped, NDArray mask, NDArray clean, boolean training) {
    if (kind.needsClean() && clean == null) {
      throw new IllegalArgumentException("the " + kind + " loss needs the clean signal");
    }
    NDArray estimate = network.restore(clipped, mask, training);
    NDArray consistency =
        kind == ObjectiveKind.NMC_EI
            ? NmcLoss.of(estimate, clipped)
            : McLoss.of(estimate, clipped, mask);
    NDArray supervised = clean == null ? null : SupervisedLoss.of(estimate, clean);
    NDArray ei = null;
    NDArray total;
    if (kind == ObjectiveKind.SUPERVISED) {
      total = supervised;
    } else if (kind == ObjectiveKind.SUPERVISED_SDR) {
      total = SupervisedLoss.negativeSdr(estimate, clean);
    } else if (kind.usesEi()) {
      NDArray g = gains.draw(clipped.getManager(), (int) clipped.getShape().get(0));
      ei = EiLoss.of(network, estimate, g, training, detachEiTarget);
      total = consistency.add(ei.mul(eiWeight));
    } else {
      total = consistency;
    }
    return new LossTerms(total, consistency, ei, supervised);
  }
}
