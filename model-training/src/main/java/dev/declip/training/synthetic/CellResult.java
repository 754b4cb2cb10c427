package dev.declip.training.synthetic;

import dev.declip.training.loss.ObjectiveKind;
import java.util.Locale;

/**
 * One trained cell: mean test SDRs (eq. 17) in dB.
 *
 * @param study "grid" (Fig. 5) or "gmax" (Fig. 6)
 * @param inputSdr the clipped input (Fig. 6's dashed line)
 * @param outputSdr the network's estimate f(y)
 * @param blendedSdr eq. 16 applied to f(y)
 * @param finalLoss the training loss over the last tenth of the steps
 */
public record CellResult(
    String study,
    ObjectiveKind objective,
    int dim,
    double fraction,
    double gMax,
    double inputSdr,
    double outputSdr,
    double blendedSdr,
    double finalLoss,
    double seconds) {

  static final String GRID = "grid";
  static final String GMAX = "gmax";

  String describe() {
    return String.format(
        Locale.ROOT,
        "%s %s d=%d v=%.2f g_max=%.2f: SDR %.2f dB (blended %.2f, input %.2f) in %.1f s",
        study,
        objective,
        dim,
        fraction,
        gMax,
        outputSdr,
        blendedSdr,
        inputSdr,
        seconds);
  }
}
