package dev.declip.restore.file;

import dev.declip.audio.AudioInfo;
import dev.declip.clipping.ClipLevelOverride;
import dev.declip.clipping.ClippingAnalysis;
import dev.declip.clipping.ClippingReport;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.SampleStore;
import dev.declip.samples.StoreAudioSource;
import java.io.IOException;
import java.util.Optional;

/**
 * Runs the clipping analysis over samples decoded once: its two passes read floats, not the file.
 */
public final class ClippingScan {
  private ClippingScan() {}

  /** The report and the recording's peak magnitude (for the gain an export would apply). */
  public record Result(ClippingReport report, float peak) {}

  public static Result run(
      SampleStore store,
      AudioInfo info,
      Optional<ClipLevelOverride> override,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    StoreAudioSource[] last = new StoreAudioSource[1];
    ClippingReport report =
        new ClippingAnalysis()
            .analyse(
                () -> last[0] = new StoreAudioSource(store, info),
                override,
                progress,
                cancellation);
    return new Result(report, last[0].peak());
  }
}
