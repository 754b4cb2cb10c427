package dev.declip.desktop.waveform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.samples.FrameRange;
import org.junit.jupiter.api.Test;

class ViewportTest {

  private final Viewport view = new Viewport(100_000, new FrameRange(10_000, 30_000));

  @Test
  void zoomingInAroundAFrameKeepsThatFrameAtTheSamePlaceAcrossTheView() {
    Viewport zoomed = view.zoomAround(15_000, 0.5);
    // 15 000 sits a quarter of the way across 10 000..30 000, so after halving: 12 500..22 500
    assertThat(zoomed.visible()).isEqualTo(new FrameRange(12_500, 22_500));
  }

  @Test
  void zoomingOutStopsAtTheWholeFile() {
    assertThat(view.zoomAround(20_000, 100).visible()).isEqualTo(new FrameRange(0, 100_000));
  }

  @Test
  void zoomingInStopsAtTheSmallestSpan() {
    assertThat(view.zoomAround(20_000, 1e-9).visible().length()).isEqualTo(Viewport.MIN_FRAMES);
  }

  @Test
  void zoomingOutNearTheStartIsClampedToFrameZero() {
    Viewport nearStart = new Viewport(100_000, new FrameRange(1_000, 2_000));
    assertThat(nearStart.zoomAround(1_900, 4).visible()).isEqualTo(new FrameRange(0, 4_000));
  }

  @Test
  void scrollingPastTheEndStopsAtTheLastFrame() {
    assertThat(view.scrollBy(10).visible()).isEqualTo(new FrameRange(80_000, 100_000));
  }

  @Test
  void pixelsAndFramesConvertBothWays() {
    assertThat(view.frameAt(250, 1000)).isEqualTo(15_000);
    assertThat(view.xOf(15_000, 1000)).isCloseTo(250, within(1e-9));
  }

  @Test
  void aPositionLeftOfTheViewClampsToFrameZero() {
    Viewport atStart = new Viewport(100_000, new FrameRange(0, 1_000));
    assertThat(atStart.frameAt(-50, 1000)).isZero();
  }

  @Test
  void aroundARangeAddsMarginsOnBothSides() {
    assertThat(view.around(new FrameRange(50_000, 51_000), 1).visible())
        .isEqualTo(new FrameRange(49_000, 52_000));
  }

  @Test
  void centringKeepsTheLength() {
    assertThat(view.centreOn(60_000).visible()).isEqualTo(new FrameRange(50_000, 70_000));
  }
}
