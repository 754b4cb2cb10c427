package dev.declip.training.loss;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a training step minimises: the paper's self-supervised loss, its ablations, or eq. 2. */
public enum ObjectiveKind {
  /** Eq. 14: MC (eq. 13) + EI (eq. 12), the paper's method. */
  MC_EI("mc+ei", false, true),
  /** The naive ablation: NMC (eq. 4) + EI (eq. 12). */
  NMC_EI("nmc+ei", false, true),
  /** Measurement consistency (eq. 13) alone, which cannot learn the clipped part (eqs. 5, 6). */
  MC("mc", false, false),
  /** Supervised MSE (eq. 2); needs the clean signal. */
  SUPERVISED("supervised", true, false),
  /** Supervised, the negative SDR per window ({@link SupervisedLoss#negativeSdr}). */
  SUPERVISED_SDR("supervised-sdr", true, false);

  private final String label;
  private final boolean needsClean;
  private final boolean usesEi;

  ObjectiveKind(String label, boolean needsClean, boolean usesEi) {
    this.label = label;
    this.needsClean = needsClean;
    this.usesEi = usesEi;
  }

  public String label() {
    return label;
  }

  public boolean needsClean() {
    return needsClean;
  }

  public boolean usesEi() {
    return usesEi;
  }

  /**
   * @throws IllegalArgumentException naming the label and the choices
   */
  public static ObjectiveKind parse(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown loss '" + label + "'; choose one of " + labels()));
  }

  public static String labels() {
    return Arrays.stream(values()).map(ObjectiveKind::label).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return label;
  }
}
