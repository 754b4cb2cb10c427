package dev.declip.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every module's architecture test checks, in one place: the modules' own rules say which
 * packages a module may not reach; these say how.
 */
public final class ArchitectureRules {
  public static final String[] USER_INTERFACES = {
    "javafx..", "org.controlsfx..", "org.jfree..", "java.awt..", "javax.swing.."
  };

  private ArchitectureRules() {}

  /** The main classes (not the tests) of the packages below {@code root}. */
  public static JavaClasses mainClasses(String root) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(root);
  }

  /** No two packages depend on each other, however indirectly (each package is a slice). */
  public static ArchRule noPackageCycles() {
    return slices().matching("dev.declip.(**)").should().beFreeOfCycles();
  }

  /** No class depends on anything in {@code packages} (ArchUnit package patterns). */
  public static ArchRule independentOf(String... packages) {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(packages);
  }

  /** JSON is read and written with Jackson only. */
  public static ArchRule jsonThroughJacksonOnly() {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.gson..", "org.json..", "javax.json..", "jakarta.json..")
        .because("JSON is read and written with Jackson only");
  }
}
