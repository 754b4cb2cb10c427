package dev.declip.training.net;

import ai.djl.ndarray.NDArray;

/**
 * A declipping network in units of the clip level: the signal is clipped at +-1. Losses and the
 * trainer see networks only through this. The UNet is bias-free and gates the signal with the mask,
 * so {@code f(a y, m) = a f(y, m)} (eq. 15); the synthetic experiment's MLP reads the mask as an
 * input of its own and is homogeneous only in the signal's path.
 */
@FunctionalInterface
public interface RestorationNetwork {

  /**
   * @param clipped {@code [N, T]}, the clipped signal divided by the clip level
   * @param mask {@code [N, T]}, 1 on unclipped samples and 0 on clipped ones (carries no gradient)
   * @param training whether this pass is part of a training step (autograd recording)
   * @return the estimate {@code [N, T]} of the unclipped signal, in the same units
   */
  NDArray restore(NDArray clipped, NDArray mask, boolean training);
}
