package dev.declip.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;

/**
 * The model-free baseline, in the spirit of Audacity's Clip Fix: each clipped run is replaced by a
 * cubic Hermite curve from the last known sample before it to the first one after it, with the
 * slopes of the unclipped neighbours. A plain cubic overshoots wildly on runs of hundreds of
 * samples, so the curve's excess over the level is scaled down to at most what a parabola with the
 * same edge slopes reaches, and to at most {@code maxPeakRatio - 1} times the level. Runs touching
 * the block's edges stay at the level.
 */
public final class CubicInterpolation implements RestorationAlgorithm {

  /** Chosen by measurement on clipped orchestral music (test resources restore/README.txt). */
  public static final double DEFAULT_MAX_PEAK_RATIO = 2.0;

  private final double maxPeakRatio;

  public CubicInterpolation() {
    this(DEFAULT_MAX_PEAK_RATIO);
  }

  /**
   * @param maxPeakRatio the largest restored peak, as a multiple of the clip level (>= 1)
   */
  public CubicInterpolation(double maxPeakRatio) {
    if (!(maxPeakRatio >= 1)) {
      throw new IllegalArgumentException("max peak ratio must be >= 1, got " + maxPeakRatio);
    }
    this.maxPeakRatio = maxPeakRatio;
  }

  @Override
  public String name() {
    return "cubic";
  }

  /** Each run is fitted from its own neighbours, so where the block starts does not matter. */
  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    float[] x = y.clone();
    int i = 0;
    while (i < y.length) {
      if (!levels.isClipped(y[i])) {
        i++;
        continue;
      }
      boolean positive = y[i] >= 0;
      int end = i;
      while (end < y.length && levels.isClipped(y[end]) && (y[end] >= 0) == positive) {
        end++;
      }
      if (i > 0 && end < y.length) {
        fillRun(y, x, i, end, positive ? levels.positive() : -levels.negative());
      }
      i = end;
    }
    return x;
  }

  /** Fills {@code x[start, end)}, a run clipped at the signed {@code level}. */
  private void fillRun(float[] y, float[] x, int start, int end, float level) {
    double sign = Math.signum(level);
    double mu = Math.abs(level);
    int length = end - start + 1; // from sample start - 1 (t = 0) to sample end (t = length)
    double p0 = sign * y[start - 1];
    double p1 = sign * y[end];
    // Slopes in the run's polarity: rising into the run, falling out of it.
    double m0 = Math.max(0, start >= 2 ? p0 - sign * y[start - 2] : 0);
    double m1 = Math.min(0, end + 1 < y.length ? sign * y[end + 1] - p1 : 0);
    double[] curve = new double[end - start];
    double peakExcess = 0;
    for (int j = 0; j < curve.length; j++) {
      double s = (j + 1) / (double) length;
      double s2 = s * s;
      double s3 = s2 * s;
      curve[j] =
          (2 * s3 - 3 * s2 + 1) * p0
              + (s3 - 2 * s2 + s) * length * m0
              + (-2 * s3 + 3 * s2) * p1
              + (s3 - s2) * length * m1;
      peakExcess = Math.max(peakExcess, curve[j] - mu);
    }
    double bound = Math.min(parabolaExcess(m0, m1, length), (maxPeakRatio - 1) * mu);
    double scale = peakExcess > bound ? bound / peakExcess : 1;
    for (int j = 0; j < curve.length; j++) {
      double excess = curve[j] - mu;
      x[start + j] = (float) (sign * (mu + (excess > 0 ? excess * scale : excess)));
    }
  }

  /** The peak excess of a parabola leaving with slope m0 >= 0 and arriving with m1 <= 0. */
  private static double parabolaExcess(double m0, double m1, int length) {
    double curvatureTimesLength = m0 - m1;
    return curvatureTimesLength <= 0 ? 0 : m0 * m0 * length / (2 * curvatureTimesLength);
  }

  /** Runs must lie whole in a block; longer than 100 ms is beyond any cubic's reach anyway. */
  @Override
  public int contextSamples(int sampleRate) {
    return sampleRate / 10;
  }
}
