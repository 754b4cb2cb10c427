package dev.declip.desktop.restore;

import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.restore.file.RestoreStats;
import dev.declip.restore.file.RestoredStore;
import java.time.Duration;
import java.util.List;

/**
 * A finished restore: the restored recording and its summary for the waveform, what changed, notes
 * on the algorithm used, and how long it took.
 */
public record RestoreOutcome(
    RestoredStore restored,
    MinMaxPyramid pyramid,
    RestoreStats stats,
    String algorithm,
    List<String> notes,
    Duration took)
    implements AutoCloseable {

  /**
   * Drops this restore's own layer only: for a result nobody took (it finished after its cancel).
   * The restores below it belong to the window, which closes the whole store when done with it.
   */
  @Override
  public void close() {
    restored.closeLayer();
  }
}
