package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.declip.training.net.RestorationNetwork;

/**
 * The equivariance loss of eq. 12: the network's own estimate {@code x1 = f(y)} is scaled by a gain
 * {@code g}, clipped again and restored again, and the second restoration must give back {@code g
 * x1}. The first pass is computed once by the caller and shared with the consistency term.
 *
 * <p>{@code x2 = g x1} is not detached: eq. 12 differentiates {@code ||g f(y) - f(eta(g f(y)))||^2}
 * as a whole, so the gradient reaches the parameters through both passes (as in the equivariant
 * imaging loss the paper builds on). Only the mask of the second input is a constant, as the mask
 * of a measurement always is. {@link #of(RestorationNetwork, NDArray, NDArray, boolean, boolean)}
 * can stop the gradient at {@code x2} instead, for experiments: on one synthetic cell (d = 2, v =
 * 0.1, 1000 steps) it gave 19.0 dB against 18.3 dB with the paper's gradient, input 17.1 dB.
 */
public final class EiLoss {

  private EiLoss() {}

  /**
   * @param network the network {@code f}, run a second time here
   * @param firstPass {@code x1 = f(y)}, {@code [N, T]}
   * @param gains one gain per example, {@code [N, 1]}, positive
   * @param training whether the second pass is part of a training step
   * @return the mean over all samples of {@code (x2 - f(clip(x2, -1, 1)))^2}, a scalar
   */
  public static NDArray of(
      RestorationNetwork network, NDArray firstPass, NDArray gains, boolean training) {
    return of(network, firstPass, gains, training, false);
  }

  /**
   * As {@link #of(RestorationNetwork, NDArray, NDArray, boolean)}, optionally treating {@code x2 =
   * g x1} as a constant target so that the gradient reaches the parameters through the second pass
   * only (not the paper's eq. 12).
   */
  public static NDArray of(
      RestorationNetwork network,
      NDArray firstPass,
      NDArray gains,
      boolean training,
      boolean detachTarget) {
    NDArray scaled = detachTarget ? firstPass.mul(gains).stopGradient() : firstPass.mul(gains);
    NDArray reclipped = scaled.clip(-1f, 1f);
    NDArray mask = scaled.abs().lt(1f).toType(DataType.FLOAT32, false);
    NDArray restored = network.restore(reclipped, mask, training);
    return scaled.sub(restored).square().mean();
  }
}
