package dev.declip.restore.file;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.Eq16Blend;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Restorations;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Restores a range of decoded samples (a selection or the whole recording) into a {@link
 * RestoredStore}, block by block as the {@link BlockPlan} cuts it, so a selection restores exactly
 * as it would inside a whole-file restore. A block whose kept samples all lie below the eq. 16
 * blending threshold (nothing clipped, nothing blended) is left as recorded without running the
 * algorithm: restoring it would return it unchanged, so skipping it cannot change the result.
 */
public final class StoreRestoration {

  /**
   * What a pass saw over its range.
   *
   * @param peak the largest restored magnitude in the range, over every channel
   * @param samplesChanged samples of the range that differ from the recording
   */
  public record Pass(float peak, long samplesChanged) {}

  private final RestorationAlgorithm algorithm;
  private final List<Optional<ClipLevels>> levels;
  private final double tau;
  private final boolean consistent;
  private final Eq16Blend blend;

  /**
   * @param levels each channel's clip levels; a channel without is left as recorded
   * @param tau the eq. 16 blending threshold, as a fraction of the clip level
   * @param consistent project onto the consistent set (see {@link RestoreSettings#consistent()})
   */
  public StoreRestoration(
      RestorationAlgorithm algorithm,
      List<Optional<ClipLevels>> levels,
      double tau,
      boolean consistent) {
    this.algorithm = algorithm;
    this.levels = levels;
    this.tau = tau;
    this.consistent = consistent;
    this.blend = new Eq16Blend(tau);
  }

  /**
   * @throws dev.declip.progress.OperationCancelledException when cancelled; what was written to
   *     {@code into} so far stays there (the caller drops the layer)
   */
  public Pass run(
      SampleStore original,
      RestoredStore into,
      FrameRange range,
      ProgressListener progress,
      Cancellation cancellation) {
    int rate = original.sampleRate();
    BlockPlan plan = BlockPlan.of(algorithm, rate);
    float peak = 0;
    long changed = 0;
    float[] y = new float[plan.margin() + plan.block() + plan.margin()];
    for (long keep = range.start(); keep < range.end(); keep += plan.block()) {
      long keepEnd = Math.min(keep + plan.block(), range.end());
      long from = Math.max(0, keep - plan.margin());
      long to = Math.min(original.frames(), keepEnd + plan.margin());
      int length = (int) (to - from);
      int keptFrom = (int) (keep - from);
      int kept = (int) (keepEnd - keep);
      int channels = original.channels();
      for (int c = 0; c < channels; c++) {
        cancellation.throwIfCancelled();
        // This channel's share of the block, so progress moves within a block too.
        ProgressListener inBlock =
            progress.part(
                keep - range.start() + (long) kept * c / channels,
                (long) kept * (c + 1) / channels - (long) kept * c / channels,
                range.length());
        original.read(c, from, y, 0, length);
        Optional<ClipLevels> channelLevels = levels.get(c);
        float[] restored = y;
        if (channelLevels.isPresent() && anyBlended(y, keptFrom, kept, channelLevels.get())) {
          restored =
              Restorations.restore(
                  algorithm,
                  Arrays.copyOf(y, length),
                  from,
                  channelLevels.get(),
                  rate,
                  tau,
                  consistent,
                  inBlock,
                  cancellation);
          into.write(c, keep, restored, keptFrom, kept);
        }
        for (int i = keptFrom; i < keptFrom + kept; i++) {
          peak = Math.max(peak, Math.abs(restored[i]));
          if (Float.floatToRawIntBits(restored[i]) != Float.floatToRawIntBits(y[i])) {
            changed++;
          }
        }
        inBlock.progress("restoring", 1, 1);
      }
    }
    return new Pass(peak, changed);
  }

  private boolean anyBlended(float[] y, int from, int length, ClipLevels levels) {
    for (int i = from; i < from + length; i++) {
      if (blend.weight(y[i], levels) > 0) {
        return true;
      }
    }
    return false;
  }
}
