package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFiles;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Clipping that hit one polarity or one channel only, then went through MP3: confirming a polarity
 * next to its siblings' level must not invent clipping where the signal simply swings past it.
 */
class OneSidedLossyClippingTest {

  @Test
  void leavesTheUnclippedPolarityAloneWhenOnlyThePositiveOneClipped() throws Exception {
    List<Optional<ClipLevels>> levels = levelsOf("positive-only-128k.mp3");

    for (Optional<ClipLevels> channel : levels) {
      assertThat(channel).isPresent();
      assertThat(channel.get().positive()).isBetween(0.85f * 0.5f, 0.5f);
      assertThat(channel.get().negative()).isInfinite();
    }
  }

  @Test
  void leavesTheUnclippedChannelAloneWhenOnlyTheOtherOneClipped() throws Exception {
    List<Optional<ClipLevels>> levels = levelsOf("one-channel-128k.mp3");

    assertThat(levels.get(0)).isPresent();
    assertThat(levels.get(0).get().positive()).isBetween(0.85f * 0.5f, 0.5f);
    assertThat(levels.get(0).get().negative()).isBetween(0.85f * 0.5f, 0.5f);
    assertThat(levels.get(1)).isEmpty();
  }

  private static List<Optional<ClipLevels>> levelsOf(String fixture) throws Exception {
    Path file =
        Path.of(OneSidedLossyClippingTest.class.getResource("/clipping/" + fixture).toURI());
    return new ClippingAnalysis()
        .analyse(
            () -> AudioFiles.open(file),
            Optional.empty(),
            ProgressListener.NONE,
            Cancellation.NEVER)
        .levels();
  }
}
