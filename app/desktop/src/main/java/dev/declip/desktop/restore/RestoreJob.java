package dev.declip.desktop.restore;

import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.file.InputChecks;
import dev.declip.restore.file.RestoreStats;
import dev.declip.restore.file.RestoredStore;
import dev.declip.restore.file.StoreRestoration;
import java.io.IOException;
import java.time.Duration;

/**
 * One restore as the window runs it in a Task: take the algorithm (open from an earlier restore, or
 * opened now), restore the range on top of the previous restore (in a new layer, so a cancel leaves
 * the previous one as it was), take the change the restored store measured as it was written, and
 * summarise the result for the waveform.
 */
public final class RestoreJob {
  private RestoreJob() {}

  /**
   * @param previous the restore to restore on top of, or null for the recording itself
   */
  public static RestoreOutcome run(
      OpenedRecording recording,
      RestoreOutcome previous,
      RestoreRequest request,
      AlgorithmCache algorithms,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    long started = System.nanoTime();
    InputChecks.requireRestorable(recording.file(), recording.clipping());
    if (!algorithms.isOpen(request)) {
      progress.progress("opening the " + algorithmName(request), 0, -1);
    }
    AlgorithmCache.Open opened = algorithms.open(request);
    RestoredStore into =
        previous == null
            ? new RestoredStore(
                recording.samples(), recording.peaks(), recording.clipping().levels())
            : previous.restored().layerAbove();
    try {
      new StoreRestoration(
              opened.algorithm(),
              recording.clipping().levels(),
              request.tau(),
              request.consistent())
          .run(recording.samples(), into, request.range(), progress, cancellation);
      RestoreStats stats = RestoreStats.of(into.levels()); // kept while restoring
      // Only the restored range changed: its blocks of the summary are measured again.
      MinMaxPyramid pyramid =
          (previous == null ? recording.pyramid() : previous.pyramid())
              .updated(into, request.range(), cancellation);
      return new RestoreOutcome(
          into,
          pyramid,
          stats,
          opened.algorithm().name(),
          opened.notes(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      into.closeLayer();
      throw e;
    }
  }

  private static String algorithmName(RestoreRequest request) {
    return switch (request.algorithm()) {
      case NEURAL -> "model";
      case CUBIC -> "interpolation";
      case ASPADE -> "sparse declipper";
      case BEST -> "model and the sparse refinement";
    };
  }
}
