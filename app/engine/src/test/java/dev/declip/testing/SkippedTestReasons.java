package dev.declip.testing;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped or aborted test with its reason on the console, where Maven's summary only
 * counts them: a test that never runs in CI must say why. Registered for every module through the
 * engine's test jar ({@code META-INF/services}).
 */
public final class SkippedTestReasons implements TestExecutionListener {
  private final PrintStream out;

  public SkippedTestReasons() {
    this(System.out);
  }

  SkippedTestReasons(PrintStream out) {
    this.out = out;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    out.println("[SKIPPED] " + name(test) + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      out.println(
          "[SKIPPED] "
              + name(test)
              + ": "
              + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  /** "OutputPathTest.saysOnceThatThereIsNoDevice", or the display name for other nodes. */
  private static String name(TestIdentifier test) {
    String name =
        test.getUniqueIdObject().getSegments().stream()
            .filter(s -> s.getType().equals("class") || s.getType().equals("method"))
            .map(
                s ->
                    s.getType().equals("class")
                        ? s.getValue().substring(s.getValue().lastIndexOf('.') + 1)
                        : s.getValue().replaceAll("\\(.*\\)$", ""))
            .reduce((a, b) -> a + "." + b)
            .orElse("");
    return name.isEmpty() ? test.getDisplayName() : name;
  }
}
