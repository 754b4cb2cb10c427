package dev.declip.training.quality;

import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.choice.OpenedAlgorithm;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * One restoration the benchmark scores: an algorithm and how its estimate is put in (the eq. 16
 * threshold {@code tau}, the consistency projection), under the label its row carries.
 */
public record Contender(String label, Opener opener, double tau, boolean consistent) {

  /** Opens the algorithm; the benchmark closes it after the set. */
  @FunctionalInterface
  public interface Opener {
    OpenedAlgorithm open() throws IOException;
  }

  /** The same algorithm with another eq. 16 threshold. */
  public Contender withTau(double newTau, String newLabel) {
    return new Contender(newLabel, opener, newTau, consistent);
  }

  /** The algorithm wrapped by another (an inference-time variant of a network). */
  public Contender wrapped(String newLabel, UnaryOperator<RestorationAlgorithm> wrapper) {
    Opener inner = opener;
    return new Contender(
        newLabel,
        () -> {
          OpenedAlgorithm opened = inner.open();
          return new OpenedAlgorithm(wrapper.apply(opened.algorithm()), opened.notes());
        },
        tau,
        consistent);
  }

  /** The same algorithm without the consistency projection. */
  public Contender inconsistent(String newLabel) {
    return new Contender(newLabel, opener, tau, false);
  }
}
