package dev.declip.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  @Test
  void aPartsOwnCountIsHeardAsItsShareOfTheWhole() {
    List<String> heard = new ArrayList<>();
    ProgressListener whole = (stage, done, total) -> heard.add(stage + " " + done + "/" + total);
    ProgressListener part = whole.part(1000, 500, 4000);

    part.progress("restoring", 0, 10);
    part.progress("restoring", 3, 10);
    part.progress("restoring", 10, 10);

    assertThat(heard)
        .containsExactly("restoring 1000/4000", "restoring 1150/4000", "restoring 1500/4000");
  }

  @Test
  void aPartThatDoesNotKnowItsTotalStaysAtItsStart() {
    List<Long> heard = new ArrayList<>();
    whole(heard).part(200, 100, 1000).progress("restoring", 7, -1);
    assertThat(heard).containsExactly(200L);
  }

  @Test
  void aPartNeverReportsBeyondItsShare() {
    List<Long> heard = new ArrayList<>();
    whole(heard).part(200, 100, 1000).progress("restoring", 12, 10);
    assertThat(heard).containsExactly(300L);
  }

  private static ProgressListener whole(List<Long> heard) {
    return (stage, done, total) -> heard.add(done);
  }
}
