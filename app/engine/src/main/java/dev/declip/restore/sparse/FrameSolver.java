package dev.declip.restore.sparse;

import java.util.Arrays;

/**
 * A-SPADE on one windowed frame (Záviška et al. 2019, Algorithm 1; Kitić et al. 2015): ADMM on
 * {@code min ||z||_0 s.t. z = A x, x in Gamma}, with the sparsity k relaxed every iteration. {@code
 * Gamma} is the box {@code lower <= x <= upper}: equal bounds pin an unclipped sample, an infinite
 * upper (lower) bound lets a sample clipped high (low) rise (fall) beyond its level.
 *
 * <p>Plain A-SPADE starts from the clipped frame with k = 1 and raises k by one per iteration. A
 * seeded start ({@link SpadeSettings#startShare()} > 0) begins where a good estimate already is: k0
 * is the number of bins holding that share of the start's energy, and k grows geometrically, so a
 * few dozen iterations replace hundreds. Holds its work arrays, so one instance per thread.
 */
final class FrameSolver {

  /**
   * The restored frame and how it got there.
   *
   * @param x the restored windowed frame; the start itself when a seeded solve did not converge
   */
  record Solution(double[] x, int iterations, boolean converged) {}

  private final DftFrame frame;
  private final HardThreshold threshold;
  private final double[] scratch;
  private final double[] ax; // A x
  private final double[] z; // H_k(A x + u)
  private final double[] u; // the dual variable
  private final double[] b; // z - u
  private final double[] energies;

  FrameSolver(DftFrame frame) {
    this.frame = frame;
    this.threshold = new HardThreshold(frame);
    this.scratch = frame.newCoefficients();
    ax = frame.newCoefficients();
    z = frame.newCoefficients();
    u = frame.newCoefficients();
    b = frame.newCoefficients();
    energies = new double[frame.bins()];
  }

  /**
   * @param start the windowed starting frame, in Gamma: the clipped frame, or a consistent seed
   * @param lower,upper the bounds of Gamma per sample
   */
  Solution solve(double[] start, double[] lower, double[] upper, SpadeSettings settings) {
    boolean seeded = settings.startShare() > 0;
    double[] x = start.clone();
    frame.analyse(x, ax);
    Arrays.fill(u, 0);
    double k = seeded ? startingSparsity(settings.startShare()) : 1;
    for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
      for (int j = 0; j < z.length; j++) {
        z[j] = ax[j] + u[j];
      }
      threshold.keepLargest(z, (int) k);
      for (int j = 0; j < z.length; j++) {
        b[j] = z[j] - u[j];
      }
      frame.synthesise(b, scratch, x);
      for (int n = 0; n < x.length; n++) {
        // proj_Gamma, written as comparisons so equal bounds return exactly the measurement.
        x[n] = x[n] < lower[n] ? lower[n] : x[n] > upper[n] ? upper[n] : x[n];
      }
      frame.analyse(x, ax);
      double residual = 0;
      for (int j = 0; j < z.length; j++) {
        double r = ax[j] - z[j];
        residual += DftFrame.weight(j) * r * r;
        u[j] += r;
      }
      if (Math.sqrt(residual) <= settings.epsilon()) {
        return new Solution(x, iteration, true);
      }
      k = Math.max(k + 1, k * settings.growth());
    }
    return new Solution(seeded ? start : x, settings.maxIterations(), false);
  }

  /** The fewest bins of {@code A start} (in {@link #ax}) that hold {@code share} of its energy. */
  private double startingSparsity(double share) {
    double total = 0;
    for (int k = 0; k < energies.length; k++) {
      energies[k] = frame.binEnergy(ax, k);
      total += energies[k];
    }
    Arrays.sort(energies);
    double held = 0;
    int count = 0;
    for (int k = energies.length - 1; k >= 0 && held < share * total; k--) {
      held += energies[k];
      count++;
    }
    return Math.max(1, count);
  }
}
