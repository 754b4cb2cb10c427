package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * Supervised losses against the clean signal (in clip-level units): eq. 2's mean square error, and
 * the negative SDR per window.
 */
public final class SupervisedLoss {

  private SupervisedLoss() {}

  /**
   * @param estimate {@code f(y)}, {@code [N, T]}
   * @param clean the unclipped signal {@code x}, {@code [N, T]}
   * @return the mean over all samples of {@code (f(y) - x)^2}, a scalar
   */
  public static NDArray of(NDArray estimate, NDArray clean) {
    return estimate.sub(clean).square().mean();
  }

  /** Keeps the logarithms finite on silent windows and perfect estimates. */
  private static final float FLOOR = 1e-8f;

  /**
   * The negative SDR of each window in dB, averaged: {@code -10 log10(|x|^2 / |f(y) - x|^2)}. In
   * clip-level units the MSE weighs a window by {@code 1 / mu^2}, so the most severely clipped
   * windows dominate it; the SDR is the same at any scale, weighs every window alike, and is what
   * declip-bench averages.
   *
   * @return a scalar, in dB (lower is better)
   */
  public static NDArray negativeSdr(NDArray estimate, NDArray clean) {
    NDArray error = estimate.sub(clean).square().mean(new int[] {1}).add(FLOOR);
    NDArray energy = clean.square().mean(new int[] {1}).add(FLOOR);
    return error.div(energy).log10().mul(10).mean();
  }
}
