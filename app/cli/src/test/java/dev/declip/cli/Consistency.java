package dev.declip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.clipping.ClipLevelOverride;
import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippingAnalysis;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The promise of {@code declip restore}, checked sample by sample against the input's own decoding
 * and detected clip levels: unclipped samples come out exactly as decoded; clipped ones keep their
 * sign and reach at least their clip level, and some go beyond it (something was restored).
 */
final class Consistency {
  private Consistency() {}

  static void assertRestoredConsistently(Path input, Path output) throws IOException {
    assertRestoredConsistently(input, output, Optional.empty());
  }

  /** As restored with {@code --levels}: the clip levels are the user's, not detected. */
  static void assertRestoredConsistently(Path input, Path output, String levels) throws Exception {
    assertRestoredConsistently(input, output, Optional.of(ClipLevelOverride.parse(levels)));
  }

  private static void assertRestoredConsistently(
      Path input, Path output, Optional<ClipLevelOverride> override) throws IOException {
    AudioData in = AudioFiles.readAll(input);
    AudioData out = AudioFiles.readAll(output);
    List<Optional<ClipLevels>> levels =
        new ClippingAnalysis()
            .analyse(
                () -> AudioFiles.open(input), override, ProgressListener.NONE, Cancellation.NEVER)
            .levels();
    assertThat(out.info().channels()).isEqualTo(in.info().channels());
    assertThat(out.frames()).isEqualTo(in.frames());

    long unclipped = 0;
    long unclippedChanged = 0;
    long clipped = 0;
    long clippedBelowLevel = 0;
    long clippedBeyondLevel = 0;
    for (int c = 0; c < in.samples().length; c++) {
      for (int i = 0; i < in.frames(); i++) {
        float y = in.samples()[c][i];
        float x = out.samples()[c][i];
        Optional<ClipLevels> level = levels.get(c);
        if (level.isEmpty() || !level.get().isClipped(y)) {
          unclipped++;
          if (Float.floatToRawIntBits(x) != Float.floatToRawIntBits(y)) {
            unclippedChanged++;
          }
          continue;
        }
        clipped++;
        // In the clipped sample's own polarity: at least the level, so the sign is kept too.
        float signed = y > 0 ? x : -x;
        float mu = level.get().levelFor(y);
        if (signed < mu) {
          clippedBelowLevel++;
        } else if (signed > mu) {
          clippedBeyondLevel++;
        }
      }
    }
    assertThat(clipped).as("clipped samples in the input").isPositive();
    assertThat(unclipped).as("unclipped samples in the input").isPositive();
    assertThat(unclippedChanged).as("unclipped samples changed").isZero();
    assertThat(clippedBelowLevel).as("clipped samples below their level").isZero();
    assertThat(clippedBeyondLevel).as("clipped samples restored beyond their level").isPositive();
  }
}
