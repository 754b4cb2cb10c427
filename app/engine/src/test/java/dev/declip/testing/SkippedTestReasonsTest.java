package dev.declip.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestReasonsTest {

  /** Run only through the launcher below: one test disabled, one aborted by an assumption. */
  static class Skipping {
    @Test
    @Disabled("needs a sound card")
    void disabled() {}

    @Test
    void assumed() {
      Assumptions.assumeTrue(false, "not as root");
    }
  }

  @Test
  void printsEverySkippedTestWithItsReason() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Skipping.class))
                .build(),
            new SkippedTestReasons(out));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyInAnyOrder(
            "[SKIPPED] SkippedTestReasonsTest$Skipping.disabled: needs a sound card",
            "[SKIPPED] SkippedTestReasonsTest$Skipping.assumed: Assumption failed: not as root");
  }
}
