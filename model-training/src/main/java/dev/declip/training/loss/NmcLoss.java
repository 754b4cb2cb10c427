package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * The naive measurement consistency of eq. 4, {@code ||y - eta(f(y))||^2}, kept for the paper's
 * ablation. It is written exactly as the paper does, over all samples: clipping the estimate makes
 * an estimate past the level with the right sign free on clipped samples, and it also makes the
 * gradient vanish wherever the estimate is beyond +-1, including on unclipped samples (Sec. III.B).
 */
public final class NmcLoss {

  private NmcLoss() {}

  /**
   * @param estimate {@code f(y)}, {@code [N, T]}
   * @param clipped the measurement {@code y}, {@code [N, T]}, clipped at +-1
   * @return the mean over all samples of {@code (y - clip(f(y), -1, 1))^2}, a scalar
   */
  public static NDArray of(NDArray estimate, NDArray clipped) {
    return clipped.sub(estimate.clip(-1f, 1f)).square().mean();
  }
}
