package dev.declip.training.quality;

import dev.declip.training.data.CleanClipping;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.fit.DataSource;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Cuts the benchmark's sets from the folders {@code bench/prepare-bench.sh} writes. Segments are
 * prepared exactly as training and inference prepare windows (the engine's detection of the levels
 * set on purpose, per-polarity normalisation), and those without a clipped sample are left out.
 */
public final class BenchmarkSets {
  /** The paper's clip level on the raw decoded level (Table II). */
  public static final float PAPER_CLIP_LEVEL = 0.1f;

  private BenchmarkSets() {}

  /** The paper's Table II protocol: 1-second segments of held-out tracks clipped at 0.1. */
  public static BenchmarkSet oneSecond(String title, Path dir, int rate) throws DataException {
    return load(title, new CleanClipping.AtLevel(PAPER_CLIP_LEVEL), dir, rate, rate);
  }

  /**
   * Whole excerpts (the survey's protocol): each file clipped at the level giving {@code inputSdr}
   * dB, one segment per file of {@code seconds}.
   */
  public static BenchmarkSet atInputSdr(Path dir, double inputSdr, int rate, double seconds)
      throws DataException {
    String title = String.format(Locale.ROOT, "input SDR %.0f dB, %d Hz", inputSdr, rate);
    return load(
        title, new CleanClipping.AtInputSdr(inputSdr), dir, rate, (int) Math.round(seconds * rate));
  }

  /** 1-second segments of files each clipped at the level giving {@code inputSdr} dB. */
  public static BenchmarkSet oneSecondAtInputSdr(String title, Path dir, double inputSdr, int rate)
      throws DataException {
    return load(title, new CleanClipping.AtInputSdr(inputSdr), dir, rate, rate);
  }

  private static BenchmarkSet load(
      String title, CleanClipping clipping, Path dir, int rate, int segmentLength)
      throws DataException {
    DataOptions options = DataOptions.of(rate, segmentLength).withValidationFraction(0);
    return new BenchmarkSet(title, rate, new DataSource.Clean(dir, clipping).load(options).train());
  }
}
