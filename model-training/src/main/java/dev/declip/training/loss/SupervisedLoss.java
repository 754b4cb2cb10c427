package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;

/** The supervised mean square error of eq. 2, against the clean signal (in clip-level units). */
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
}
