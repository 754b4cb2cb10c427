package dev.declip.restore;

/** The restoration algorithms a user can pick. */
public enum AlgorithmChoice {
  /** The bias-free UNet of a model honouring the model contract. */
  NEURAL,
  /** Model-free cubic interpolation across each clipped run, bounded and made consistent. */
  CUBIC
}
