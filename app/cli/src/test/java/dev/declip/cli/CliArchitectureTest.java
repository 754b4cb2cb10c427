package dev.declip.cli;

import dev.declip.architecture.ArchitectureRules;
import dev.declip.architecture.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

/** The command line is a shell over the engine: it knows neither the desktop app nor training. */
class CliArchitectureTest extends ModuleArchitectureTest {

  CliArchitectureTest() {
    super("dev.declip.cli");
  }

  @Test
  void dependsOnNeitherTheDesktopAppNorTraining() {
    ArchitectureRules.independentOf("dev.declip.desktop..", "dev.declip.training..")
        .check(classes());
    ArchitectureRules.independentOf(ArchitectureRules.USER_INTERFACES).check(classes());
  }
}
