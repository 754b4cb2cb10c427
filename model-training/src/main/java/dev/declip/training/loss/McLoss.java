package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * The measurement-consistency loss of eq. 13, in units of the clip level (threshold 1). The
 * residual {@code y - f(y)} counts on unclipped samples, and on clipped samples only while {@code
 * sign(y_j) f(y)_j < 1}: once the estimate is past the clip level with the right sign it is
 * consistent with the measurement and costs nothing. Unlike eq. 4 its gradient never vanishes on a
 * sample that still has to move.
 */
public final class McLoss {

  private McLoss() {}

  /**
   * @param estimate {@code f(y)}, {@code [N, T]}
   * @param clipped the measurement {@code y}, {@code [N, T]}, clipped at +-1
   * @param mask {@code [N, T]}, 1 on unclipped samples and 0 on clipped ones (no gradient)
   * @return the mean over all {@code N T} samples of the squared {@code h(f(y), y)}, a scalar
   */
  public static NDArray of(NDArray estimate, NDArray clipped, NDArray mask) {
    NDArray belowLevel = clipped.sign().mul(estimate).lt(1f).toType(DataType.FLOAT32, false);
    // mask + (1 - mask) * belowLevel: 1 where the residual counts, 0 where it does not.
    NDArray counts = mask.add(mask.neg().add(1f).mul(belowLevel));
    return clipped.sub(estimate).mul(counts).square().mean();
  }
}
