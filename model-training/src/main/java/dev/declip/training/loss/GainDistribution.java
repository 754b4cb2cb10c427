package dev.declip.training.loss;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The distribution {@code p_g} of the gains of eq. 12, on the positive reals. The paper draws
 * {@code g} uniformly from [0.1, 2] for audio and from [0.5, 1.5] for the synthetic experiment.
 */
public sealed interface GainDistribution {

  GainDistribution AUDIO_DEFAULT = new Uniform(0.1, 2);

  /** One gain, drawn from {@code random}. */
  double sample(SplittableRandom random);

  /**
   * Parses {@code uniform:MIN,MAX} or {@code loguniform:MIN,MAX}.
   *
   * @throws IllegalArgumentException naming the spec and what is wrong with it
   */
  static GainDistribution parse(String spec) {
    String[] kindAndBounds = spec.trim().split(":", 2);
    String[] bounds = kindAndBounds.length == 2 ? kindAndBounds[1].split(",") : new String[0];
    if (bounds.length != 2) {
      throw new IllegalArgumentException(
          "gain distribution '" + spec + "' is not of the form uniform:MIN,MAX");
    }
    double min;
    double max;
    try {
      min = Double.parseDouble(bounds[0].trim());
      max = Double.parseDouble(bounds[1].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "gain distribution '" + spec + "' has a bound that is not a number");
    }
    return switch (kindAndBounds[0].trim().toLowerCase(Locale.ROOT)) {
      case "uniform" -> new Uniform(min, max);
      case "loguniform" -> new LogUniform(min, max);
      default ->
          throw new IllegalArgumentException(
              "gain distribution '" + spec + "' is neither uniform nor loguniform");
    };
  }

  private static void checkBounds(double min, double max) {
    if (!(min > 0 && max >= min && Double.isFinite(max))) {
      throw new IllegalArgumentException(
          "gain bounds must satisfy 0 < min <= max, got [" + min + ", " + max + "]");
    }
  }

  /** Uniform on {@code [min, max]}. */
  record Uniform(double min, double max) implements GainDistribution {
    public Uniform {
      checkBounds(min, max);
    }

    @Override
    public double sample(SplittableRandom random) {
      return min == max ? min : random.nextDouble(min, max);
    }

    @Override
    public String toString() {
      return "uniform:" + min + "," + max;
    }
  }

  /** Uniform in {@code log g} on {@code [min, max]}: as many halvings as doublings. */
  record LogUniform(double min, double max) implements GainDistribution {
    public LogUniform {
      checkBounds(min, max);
    }

    @Override
    public double sample(SplittableRandom random) {
      return min == max ? min : Math.exp(random.nextDouble(Math.log(min), Math.log(max)));
    }

    @Override
    public String toString() {
      return "loguniform:" + min + "," + max;
    }
  }
}
