package dev.declip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: the CLI and the desktop app depend on it, never the reverse. */
class EngineArchitectureTest {

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.declip");
  }

  @Test
  void engineDoesNotDependOnAnyUserInterface() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "org.controlsfx..", "org.jfree..", "java.awt..", "javax.swing..")
        .check(engine);
  }

  @Test
  void engineDoesNotDependOnTheCommandLine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "dev.declip.cli..", "dev.declip.desktop..")
        .check(engine);
  }

  @Test
  void engineNeverPrintsToTheConsole() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(engine);
  }
}
