package dev.declip.desktop.waveform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.clipping.ClippedRun;
import dev.declip.clipping.Polarity;
import dev.declip.samples.FrameRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunIndexTest {

  private final ClippedRun left = new ClippedRun(0, 1_000, 10, Polarity.POSITIVE);
  private final ClippedRun right = new ClippedRun(1, 500, 5, Polarity.NEGATIVE);
  private final ClippedRun late = new ClippedRun(0, 9_000, 2_000, Polarity.NEGATIVE);
  private final RunIndex index = new RunIndex(List.of(left, late, right));

  @Test
  void nextRunIsTheEarliestStartAfterTheFrameInAnyChannel() {
    assertThat(index.firstStartingAfter(-1)).contains(right);
    assertThat(index.firstStartingAfter(500)).contains(left);
    assertThat(index.firstStartingAfter(1_000)).contains(late);
  }

  @Test
  void noRunAfterTheLastOne() {
    assertThat(index.firstStartingAfter(9_000)).isEmpty();
  }

  @Test
  void shadingCoversARunThatStartedBeforeTheView() {
    assertThat(index.shading(0, new FrameRange(10_000, 10_500), 1))
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(9_000, 11_000));
    assertThat(index.shading(1, new FrameRange(10_000, 10_500), 1)).isEmpty();
  }

  @Test
  void shadingWidensAShortRunToOneColumn() {
    List<double[]> shades = index.shading(0, new FrameRange(0, 5_000), 100);
    assertThat(shades).hasSize(1);
    // the 10-frame run at 1 000 grows to 100 frames around its middle, 1 005
    assertThat(shades.get(0)).containsExactly(955, 1_055);
  }

  @Test
  void shadingMergesRunsCloserThanOneColumn() {
    RunIndex close =
        new RunIndex(
            List.of(
                new ClippedRun(0, 100, 10, Polarity.POSITIVE),
                new ClippedRun(0, 130, 10, Polarity.NEGATIVE)));
    assertThat(close.shading(0, new FrameRange(0, 1_000), 50))
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(80, 160));
  }

  @Test
  void shadingMergesAThousandCloseRunsIntoOneStretch() {
    List<ClippedRun> dense = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      dense.add(new ClippedRun(0, 10L * i, 2, Polarity.POSITIVE));
    }
    // each 2-frame run grows to 50 frames around its middle: the first spans -24..26, the last
    // (middle 9 991) ends at 10 016, and 10 frames apart they all touch
    assertThat(new RunIndex(dense).shading(0, new FrameRange(0, 20_000), 50))
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(-24, 10_016));
  }
}
