package dev.declip.restore.sparse;

import java.util.Arrays;

/**
 * A-SPADE on one windowed frame (Záviška et al. 2019, Algorithm 1; Kitić et al. 2015): ADMM on
 * {@code min ||z||_0 s.t. z = A x, x in Gamma}, with the sparsity k relaxed by one per iteration.
 * {@code Gamma} is the box {@code lower <= x <= upper}: equal bounds pin an unclipped sample, an
 * infinite upper (lower) bound lets a sample clipped high (low) rise (fall) beyond its level. Holds
 * its work arrays, so one instance per thread.
 */
final class FrameSolver {

  /** The restored frame and how it got there. */
  record Solution(double[] x, int iterations, boolean converged) {}

  private final DftFrame frame;
  private final HardThreshold threshold;
  private final double[] padded;
  private final double[] axRe; // A x
  private final double[] axIm;
  private final double[] zRe; // H_k(A x + u)
  private final double[] zIm;
  private final double[] uRe; // the dual variable
  private final double[] uIm;
  private final double[] bRe; // z - u, destroyed by synthesis
  private final double[] bIm;

  FrameSolver(DftFrame frame) {
    this.frame = frame;
    this.threshold = new HardThreshold(frame);
    this.padded = new double[2 * frame.length()];
    axRe = frame.newBins();
    axIm = frame.newBins();
    zRe = frame.newBins();
    zIm = frame.newBins();
    uRe = frame.newBins();
    uIm = frame.newBins();
    bRe = frame.newBins();
    bIm = frame.newBins();
  }

  /**
   * @param y the windowed clipped frame, the starting point (it lies in Gamma)
   * @param lower,upper the bounds of Gamma per sample
   */
  Solution solve(double[] y, double[] lower, double[] upper, SpadeSettings settings) {
    int bins = frame.bins();
    double[] x = y.clone();
    frame.analyse(x, padded, axRe, axIm);
    Arrays.fill(uRe, 0);
    Arrays.fill(uIm, 0);
    int k = 1;
    for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
      for (int j = 0; j < bins; j++) {
        zRe[j] = axRe[j] + uRe[j];
        zIm[j] = axIm[j] + uIm[j];
      }
      threshold.keepLargest(zRe, zIm, k);
      for (int j = 0; j < bins; j++) {
        bRe[j] = zRe[j] - uRe[j];
        bIm[j] = zIm[j] - uIm[j];
      }
      frame.synthesise(bRe, bIm, padded, x);
      for (int n = 0; n < x.length; n++) {
        // proj_Gamma, written as comparisons so equal bounds return exactly the measurement.
        x[n] = x[n] < lower[n] ? lower[n] : x[n] > upper[n] ? upper[n] : x[n];
      }
      frame.analyse(x, padded, axRe, axIm);
      double residual = 0;
      for (int j = 0; j < bins; j++) {
        double rr = axRe[j] - zRe[j];
        double ri = axIm[j] - zIm[j];
        residual += frame.weight(j) * (rr * rr + ri * ri);
        uRe[j] += rr;
        uIm[j] += ri;
      }
      if (Math.sqrt(residual) <= settings.epsilon()) {
        return new Solution(x, iteration, true);
      }
      k++;
    }
    return new Solution(x, settings.maxIterations(), false);
  }
}
