package dev.declip.desktop.detect;

import dev.declip.audio.AudioInfo;
import dev.declip.clipping.ClipLevelOverride;
import dev.declip.clipping.ClippingAnalysis;
import dev.declip.clipping.ClippingReport;
import dev.declip.desktop.samples.SampleStore;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.util.Optional;

/** Runs the engine's clipping analysis over decoded samples. */
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
