package dev.declip.desktop;

import dev.declip.architecture.ArchitectureRules;
import dev.declip.architecture.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

/** The desktop app is a shell over the engine: it knows neither the command lines nor training. */
class DesktopArchitectureTest extends ModuleArchitectureTest {

  DesktopArchitectureTest() {
    super("dev.declip.desktop");
  }

  @Test
  void dependsOnNeitherTheCommandLinesNorTraining() {
    ArchitectureRules.independentOf(
            "picocli..", "dev.declip.console..", "dev.declip.cli..", "dev.declip.training..")
        .check(classes());
  }
}
