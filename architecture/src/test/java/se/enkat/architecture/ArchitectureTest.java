package se.enkat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the modules apart, checked on the compiled main classes of every module (its
 * {@code target/classes}). A broken rule fails with the offending classes and lines.
 */
class ArchitectureTest {

  private static final List<String> SERVICES =
      List.of("gateway", "collection", "validation", "indicator", "publication");
  private static final List<String> MODULES =
      List.of(
          "platform/common",
          "platform/messaging",
          "platform/telemetry",
          "platform/questionnaire",
          "platform/testing",
          "deploy/local-stack",
          "deploy/demo",
          "services/gateway",
          "services/collection",
          "services/validation",
          "services/indicator",
          "services/publication");

  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    Path root = Path.of(System.getProperty("enkat.root", "..")).toAbsolutePath().normalize();
    ClassFileImporter importer = new ClassFileImporter();
    List<Path> compiled =
        MODULES.stream().map(m -> root.resolve(m).resolve("target/classes")).toList();
    // An empty import would let every rule pass: each module must have been compiled.
    assertThat(compiled).allMatch(Files::isDirectory, "is a compiled module (target/classes)");
    classes = importer.importPaths(compiled);
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("se.enkat.publication")))
        .isNotEmpty();
  }

  @Test
  void noServiceImportsAnotherService() {
    for (String service : SERVICES) {
      String[] others =
          SERVICES.stream()
              .filter(s -> !s.equals(service))
              .map(s -> "se.enkat." + s + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("se.enkat." + service + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("services talk over HTTP and Kafka, never through each other's classes")
          .check(classes);
    }
  }

  @Test
  void restNeverTouchesARepository() {
    noClasses()
        .that()
        .resideInAPackage("se.enkat.*.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("se.enkat.*.repository..")
        .because(
            "a resource speaks HTTP and asks the service layer; only services use repositories")
        .check(classes);
  }

  @Test
  void entitiesNeverLeaveTheServiceLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("se.enkat.*.rest..", "se.enkat.*.messaging..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .because("resources and consumers exchange views and events; entities stay in services")
        .check(classes);
  }
}
