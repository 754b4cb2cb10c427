package dev.declip.training.eval;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Restorations;
import dev.declip.restore.Sdr;
import dev.declip.training.data.TrainingWindow;
import java.util.List;

/**
 * Scores restoration algorithms on segments with ground truth, each restored as users' files are
 * (the algorithm's estimate, eq. 16 blend, consistency projection). The segments are in units of
 * the clip level, so the levels are 1.
 */
public final class GroundTruthEvaluation {
  private static final ClipLevels UNIT = ClipLevels.symmetric(1f);

  private final List<TrainingWindow> segments;
  private final int sampleRate;
  private final double[] inputSdr;

  public GroundTruthEvaluation(List<TrainingWindow> segments, int sampleRate) {
    if (segments.isEmpty() || !segments.get(0).hasClean()) {
      throw new IllegalArgumentException("evaluation needs segments with their clean signal");
    }
    this.segments = List.copyOf(segments);
    this.sampleRate = sampleRate;
    this.inputSdr =
        this.segments.stream().mapToDouble(w -> Sdr.db(w.clean(), w.clipped())).toArray();
  }

  /** The clipped input itself, the reference every gain is measured from. */
  public SdrScores identity() {
    return SdrScores.of("clipped input", inputSdr, inputSdr, 0);
  }

  /**
   * @param label the row's name
   * @param tau the eq. 16 threshold for this algorithm
   * @param consistent whether the consistency projection follows the blend
   */
  public SdrScores score(
      String label,
      RestorationAlgorithm algorithm,
      double tau,
      boolean consistent,
      ProgressListener progress,
      Cancellation cancellation) {
    double[] sdr = new double[segments.size()];
    long nanos = 0;
    for (int i = 0; i < segments.size(); i++) {
      TrainingWindow segment = segments.get(i);
      long start = System.nanoTime();
      float[] restored =
          Restorations.restore(
              algorithm, segment.clipped(), UNIT, sampleRate, tau, consistent, cancellation);
      nanos += System.nanoTime() - start;
      sdr[i] = Sdr.db(segment.clean(), restored);
      progress.progress(label, i + 1, segments.size());
    }
    double seconds = segments.stream().mapToInt(TrainingWindow::length).sum() / (double) sampleRate;
    return SdrScores.of(label, sdr, inputSdr, nanos / 1e6 / seconds);
  }
}
