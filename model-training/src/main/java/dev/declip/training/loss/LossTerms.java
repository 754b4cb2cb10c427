package dev.declip.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scalar terms of one training step. Call backward on {@link #total()}; log {@link #values()}.
 *
 * @param total what the step minimises
 * @param consistency MC (eq. 13) or, for {@code nmc+ei}, NMC (eq. 4); computed for every objective
 *     since it is free given the first pass
 * @param ei the EI term (eq. 12) before weighting, or null when the objective has none
 * @param supervised eq. 2, or null when no clean signal was given
 */
public record LossTerms(NDArray total, NDArray consistency, NDArray ei, NDArray supervised) {

  /** The terms that were computed, by name, as floats (copies them off the arrays). */
  public Map<String, Float> values() {
    Map<String, Float> values = new LinkedHashMap<>();
    values.put("total", total.getFloat());
    values.put("consistency", consistency.getFloat());
    if (ei != null) {
      values.put("ei", ei.getFloat());
    }
    if (supervised != null) {
      values.put("supervised", supervised.getFloat());
    }
    return values;
  }
}
