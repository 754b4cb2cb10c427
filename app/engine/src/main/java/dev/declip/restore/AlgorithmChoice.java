package dev.declip.restore;

/** The restoration algorithms a user can pick. */
public enum AlgorithmChoice {
  /** The bias-free UNet of a model honouring the model contract. */
  NEURAL,
  /** Model-free cubic interpolation across each clipped run, bounded and made consistent. */
  CUBIC,
  /**
   * Model-free A-SPADE, the analysis sparse audio declipper ({@link
   * dev.declip.restore.sparse.ASpade}): slower, and the reference the network is measured against.
   */
  ASPADE,
  /**
   * The network, then A-SPADE started from its estimate with a budget of iterations, checked per
   * passage against the network alone, cubic interpolation and the input on the recording's own
   * re-clipped copy ({@link dev.declip.restore.best.BestRestoration}): slower than the network.
   */
  BEST
}
