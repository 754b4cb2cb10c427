package dev.declip.training.quality;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.training.eval.GroundTruthEvaluation;
import dev.declip.training.eval.SdrScores;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores every contender on one set in the same run, beside the clipped input, so the speed ratios
 * compare runs on the same machine under the same load. Each restoration goes through the engine's
 * pipeline exactly as {@code declip restore} runs it.
 */
public final class QualityBenchmark {

  private final ProgressListener progress;
  private final Cancellation cancellation;
  private final Consumer<String> notes;

  /**
   * @param notes receives what the user should know (a model's warnings)
   */
  public QualityBenchmark(
      ProgressListener progress, Cancellation cancellation, Consumer<String> notes) {
    this.progress = progress;
    this.cancellation = cancellation;
    this.notes = notes;
  }

  public QualityTable run(BenchmarkSet set, List<Contender> contenders) throws IOException {
    GroundTruthEvaluation evaluation = new GroundTruthEvaluation(set.segments(), set.sampleRate());
    List<SdrScores> rows = new ArrayList<>();
    rows.add(evaluation.identity());
    for (Contender c : contenders) {
      try (OpenedAlgorithm opened = c.opener().open()) {
        opened.notes().forEach(n -> notes.accept(c.label() + ": " + n));
        rows.add(
            evaluation.score(
                c.label(), opened.algorithm(), c.tau(), c.consistent(), progress, cancellation));
      }
    }
    return new QualityTable(set.title(), set.segments().size(), set.seconds(), rows);
  }
}
