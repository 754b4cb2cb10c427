package dev.declip.training;

import dev.declip.architecture.ArchitectureRules;
import dev.declip.architecture.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

/** Training depends on the engine and the shared console code, never on a shell. */
class TrainingArchitectureTest extends ModuleArchitectureTest {

  TrainingArchitectureTest() {
    super("dev.declip.training");
  }

  @Test
  void dependsOnNoShell() {
    ArchitectureRules.independentOf("dev.declip.cli..", "dev.declip.desktop..", "javafx..")
        .check(classes());
  }
}
