package nl.wijkzicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package structure of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        // The compiled main classes only: scanning the whole class path for the package is slow.
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("nl.wijkzicht.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void securityWebAndDatabaseKnowNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "nl.wijkzicht.security..", "nl.wijkzicht.web..", "nl.wijkzicht.database..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "nl.wijkzicht.area..",
            "nl.wijkzicht.provider..",
            "nl.wijkzicht.study..",
            "nl.wijkzicht.fieldwork..",
            "nl.wijkzicht.framework..",
            "nl.wijkzicht.demo..")
        .check(classes);
  }

  @Test
  void onlyTheDemoFeatureLoadsDemoData() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.wijkzicht.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("nl.wijkzicht.demo..")
        .check(classes);
  }

  @Test
  void everyBusinessExceptionIsOneOfTheFamily() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.wijkzicht")
        .should()
        .beAssignableTo(nl.wijkzicht.WijkzichtException.class)
        .because("refusals use InvalidInput/NotFound/NotAllowed/ConcurrentChange (issue 12)")
        .check(classes);
  }
}
