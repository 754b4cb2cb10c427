package dev.declip.desktop.restore;

import dev.declip.clipping.ClipLevels;
import dev.declip.desktop.samples.FrameRange;
import dev.declip.desktop.samples.SampleStore;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Restorations;
import java.util.List;
import java.util.Optional;

/**
 * Restores a range of decoded samples into a {@link RestoredStore}, in 8-second blocks read with a
 * margin of context on each side (as the engine's file restorer does), so a selection restores
 * exactly as it would inside a whole-file restore. Blocks without clipping are skipped.
 */
public final class StoreRestoration {

  private final RestorationAlgorithm algorithm;
  private final List<Optional<ClipLevels>> levels;
  private final double tau;

  public StoreRestoration(
      RestorationAlgorithm algorithm, List<Optional<ClipLevels>> levels, double tau) {
    this.algorithm = algorithm;
    this.levels = levels;
    this.tau = tau;
  }

  public void run(
      SampleStore original,
      RestoredStore into,
      FrameRange range,
      ProgressListener progress,
      Cancellation cancellation) {
    int rate = original.sampleRate();
    int margin = Math.max(2 * algorithm.contextSamples(rate), rate / 4);
    int block = Math.max(8 * rate, 4 * margin);
    for (long keep = range.start(); keep < range.end(); keep += block) {
      long keepEnd = Math.min(keep + block, range.end());
      long from = Math.max(0, keep - margin);
      long to = Math.min(original.frames(), keepEnd + margin);
      float[] y = new float[(int) (to - from)];
      for (int c = 0; c < original.channels(); c++) {
        cancellation.throwIfCancelled();
        Optional<ClipLevels> channelLevels = levels.get(c);
        if (channelLevels.isEmpty()) {
          continue;
        }
        original.read(c, from, y, 0, y.length);
        int keptFrom = (int) (keep - from);
        int kept = (int) (keepEnd - keep);
        if (!anyClipped(y, keptFrom, kept, channelLevels.get())) {
          continue;
        }
        float[] restored =
            Restorations.restore(
                algorithm, y, from, channelLevels.get(), rate, tau, true, cancellation);
        into.write(c, keep, restored, keptFrom, kept);
      }
      progress.progress("restoring", keepEnd - range.start(), range.length());
    }
  }

  private static boolean anyClipped(float[] y, int from, int length, ClipLevels levels) {
    for (int i = from; i < from + length; i++) {
      if (levels.isClipped(y[i])) {
        return true;
      }
    }
    return false;
  }
}
