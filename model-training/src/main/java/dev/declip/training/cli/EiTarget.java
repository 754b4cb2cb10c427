package dev.declip.training.cli;

/**
 * The {@code --ei-target} choice of {@code fit} and {@code synthetic}: whether eq. 12's target
 * {@code g f(y)} is held constant ({@code detached}) or differentiated through both passes.
 */
final class EiTarget {
  static final String DESCRIPTION =
      "detached: eq. 12's target g f(y) is held constant, the EI gradient reaches the network"
          + " through its second pass only; differentiated: through both passes. Default:"
          + " ${DEFAULT-VALUE} (measured better, see docs/training.md).";

  private EiTarget() {}

  static boolean detached(String value) {
    return switch (value) {
      case "detached" -> true;
      case "differentiated" -> false;
      default ->
          throw new IllegalArgumentException(
              "--ei-target is detached or differentiated, not '" + value + "'");
    };
  }
}
