package dev.declip.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every module's architecture test checks; each module's test extends this with the packages
 * it may not reach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTest {
  private final JavaClasses classes;

  /** Imports the module's main classes once for all its rules. */
  protected ModuleArchitectureTest(String rootPackage) {
    classes = ArchitectureRules.mainClasses(rootPackage);
  }

  protected JavaClasses classes() {
    return classes;
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.noPackageCycles().check(classes);
  }

  @Test
  void jsonIsWrittenWithJacksonOnly() {
    ArchitectureRules.jsonThroughJacksonOnly().check(classes);
  }
}
