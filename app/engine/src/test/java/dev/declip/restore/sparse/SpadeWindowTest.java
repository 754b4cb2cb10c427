package dev.declip.restore.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpadeWindowTest {

  @Test
  void overlapAddingTheWindowedFramesGivesEverySampleBack() {
    SpadeWindow window = new SpadeWindow(64);
    int hop = window.hop();

    for (int position = 0; position < 3 * hop; position++) {
      double sum = 0;
      // The four frames over `position` start at multiples of the hop.
      for (int start = position - position % hop; start > position - 64; start -= hop) {
        int n = position - start;
        sum += window.synthesis(n) * window.analysis(n);
      }
      assertThat(sum).as("position %d", position).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void peaksAtOneInTheMiddleOfTheFrame() {
    SpadeWindow window = new SpadeWindow(64);

    assertThat(window.analysis(32)).isEqualTo(1);
    assertThat(window.analysis(0)).isEqualTo(0);
  }
}
