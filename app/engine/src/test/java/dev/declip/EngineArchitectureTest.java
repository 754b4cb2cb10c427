package dev.declip;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import dev.declip.architecture.ArchitectureRules;
import dev.declip.architecture.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: the shells and the training module depend on it, never back. */
class EngineArchitectureTest extends ModuleArchitectureTest {

  EngineArchitectureTest() {
    super("dev.declip");
  }

  @Test
  void engineDoesNotDependOnAnyUserInterface() {
    ArchitectureRules.independentOf(ArchitectureRules.USER_INTERFACES).check(classes());
  }

  @Test
  void engineDoesNotDependOnACommandLineOrAnyShell() {
    ArchitectureRules.independentOf(
            "picocli..",
            "dev.declip.console..",
            "dev.declip.cli..",
            "dev.declip.desktop..",
            "dev.declip.training..")
        .check(classes());
  }

  @Test
  void engineNeverPrintsToTheConsole() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes());
  }
}
