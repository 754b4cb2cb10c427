package dev.declip.audio;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the committed audio fixtures (see src/test/resources/audio/README.txt). */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/audio/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lag (in frames) at which {@code b} best matches {@code a}, searched within +-maxLag. */
  static int correlationPeakLag(float[] a, float[] b, int maxLag) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int lag = -maxLag; lag <= maxLag; lag++) {
      double score = 0;
      for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++) {
        score += a[i] * (double) b[i + lag];
      }
      if (score > bestScore) {
        bestScore = score;
        best = lag;
      }
    }
    return best;
  }

  /** Signal-to-error ratio in dB of {@code actual} against {@code reference}. */
  static double snrDb(float[] reference, float[] actual) {
    double signal = 0;
    double error = 0;
    for (int i = 0; i < reference.length; i++) {
      signal += reference[i] * (double) reference[i];
      double d = reference[i] - (double) actual[i];
      error += d * d;
    }
    return 10 * Math.log10(signal / error);
  }
}
