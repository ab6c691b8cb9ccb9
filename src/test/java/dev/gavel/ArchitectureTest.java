package dev.gavel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the design, checked on the compiled classes: dependencies point inwards, the
 * socket package is known to the wiring alone, and no two packages need each other.
 */
class ArchitectureTest {

  private static final JavaClasses GAVEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.gavel");

  /** The edges, each serving one audience or one transport. */
  private static final String[] EDGES = {
    "dev.gavel.live..",
    "dev.gavel.screens..",
    "dev.gavel.site..",
    "dev.gavel.organise..",
    "dev.gavel.api..",
    "dev.gavel.http..",
    "dev.gavel.html.."
  };

  @Test
  void theRoom_importsNothingElseOfTheProject() {
    classes()
        .that()
        .resideInAPackage("dev.gavel.room..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.gavel.room..", "java..")
        .check(GAVEL);
  }

  @Test
  void theStore_knowsNoEdgeAndNoRuntime() {
    noClasses()
        .that()
        .resideInAPackage("dev.gavel.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(EDGES, "dev.gavel.runtime..", "io.javalin.."))
        .check(GAVEL);
  }

  @Test
  void theSocketPackage_isImportedByTheWiringAlone() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.gavel.live..", "dev.gavel")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.gavel.live..")
        .check(GAVEL);
  }

  @Test
  void theRoomRuntime_knowsNoTransportAndNoPage() {
    noClasses()
        .that()
        .resideInAPackage("dev.gavel.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(EDGES, "io.javalin..", "dev.gavel.store.."))
        .check(GAVEL);
  }

  @Test
  void jooq_staysInsideTheStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.gavel.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jooq..")
        .check(GAVEL);
  }

  @Test
  void noTwoPackages_needEachOther() {
    slices().matching("dev.gavel.(*)..").should().beFreeOfCycles().check(GAVEL);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
