package dev.declip.training.cli;

import dev.declip.training.fit.EpochRecord;
import java.util.Locale;

/** The line printed after each epoch: losses, validation, and SDR when ground truth exists. */
final class EpochLine {

  private EpochLine() {}

  static String of(EpochRecord r) {
    // The terms the loss has: a supervised run has no EI term to show.
    String terms =
        Double.isNaN(r.ei())
            ? String.format(Locale.ROOT, "mc %.4g", r.mc())
            : String.format(Locale.ROOT, "mc %.4g, ei %.4g", r.mc(), r.ei());
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "epoch %d: loss %.4g (%s) in %.1f s, lr %.2g",
                r.epoch(),
                r.loss(),
                terms,
                r.seconds(),
                r.learningRate()));
    if (!Double.isNaN(r.validationLoss())) {
      line.append(String.format(Locale.ROOT, "; validation loss %.4g", r.validationLoss()));
    }
    if (!Double.isNaN(r.validationSdrRestored())) {
      line.append(
          String.format(
              Locale.ROOT,
              ", SDR %.2f dB -> %.2f dB",
              r.validationSdrInput(),
              r.validationSdrRestored()));
    }
    return line.toString();
  }
}
