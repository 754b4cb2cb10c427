package dev.declip.console;

import dev.declip.architecture.ArchitectureRules;
import dev.declip.architecture.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

/** What the command lines share knows neither them nor any window. */
class ConsoleArchitectureTest extends ModuleArchitectureTest {

  ConsoleArchitectureTest() {
    super("dev.declip.console");
  }

  @Test
  void dependsOnNoShellAndNoUserInterface() {
    ArchitectureRules.independentOf(
            "dev.declip.cli..", "dev.declip.desktop..", "dev.declip.training..")
        .check(classes());
    ArchitectureRules.independentOf(ArchitectureRules.USER_INTERFACES).check(classes());
  }
}
