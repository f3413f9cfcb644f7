package se.enkat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
          "platform/security",
          "platform/telemetry",
          "platform/questionnaire",
          "platform/servers",
          "platform/testing",
          "deploy/local-stack",
          "deploy/demo",
          "services/gateway",
          "services/collection",
          "services/validation",
          "services/indicator",
          "services/publication");

  /** JAX-RS resources; a REST client to another service (@RegisterRestClient) is not one. */
  private static final DescribedPredicate<JavaClass> RESOURCES =
      DescribedPredicate.describe(
          "are resources (@Path)",
          c ->
              c.isAnnotatedWith("jakarta.ws.rs.Path")
                  && !c.isAnnotatedWith(
                      "org.eclipse.microprofile.rest.client.inject.RegisterRestClient"));

  private static Path root;
  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    root = Path.of(System.getProperty("enkat.root", "..")).toAbsolutePath().normalize();
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

  @Test
  void onlyResourcesAndTheirCallersSeeResources() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "se.enkat.*.service..",
            "se.enkat.*.messaging..",
            "se.enkat.*.repository..",
            "se.enkat.*.domain..")
        .should()
        .dependOnClassesThat(RESOURCES)
        .because("HTTP ends in the rest package: the layers below answer with data, not requests")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("se.enkat.*.repository..", "se.enkat.*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("se.enkat.*.rest..")
        .because("storage and domain logic know nothing of the HTTP shapes")
        .check(classes);
  }

  @Test
  void requestAndViewRecordsLiveInRest() {
    DescribedPredicate<JavaClass> requestOrView =
        DescribedPredicate.describe(
            "are records named …View or …Request",
            c ->
                c.isRecord()
                    && (c.getSimpleName().endsWith("View")
                        || c.getSimpleName().endsWith("Request")));
    assertThat(classes.stream().filter(requestOrView)).hasSizeGreaterThanOrEqualTo(15);
    classes()
        .that()
        .resideInAnyPackage(servicePackages())
        .and(requestOrView)
        .should()
        .resideInAPackage("se.enkat.*.rest..")
        .because("what a request carries and a response shows is the HTTP contract, kept in rest")
        .check(classes);
  }

  @Test
  void kafkaConsumersAreNamedAfterTheEventsTheyRead() {
    DescribedPredicate<JavaClass> readAChannel =
        DescribedPredicate.describe(
            "read a Kafka channel (@Incoming)",
            c ->
                c.getMethods().stream()
                    .anyMatch(
                        m ->
                            m.isAnnotatedWith(
                                "org.eclipse.microprofile.reactive.messaging.Incoming")));
    assertThat(classes.stream().filter(readAChannel)).hasSizeGreaterThanOrEqualTo(9);
    classes()
        .that(readAChannel)
        .should()
        .haveSimpleNameEndingWith("EventsConsumer")
        .andShould()
        .resideInAPackage("se.enkat.*.messaging..")
        .because(
            "a consumer is named after the topic's events it reads (ValidationEventsConsumer reads"
                + " enkat.validations.v1), the same name in every service that reads them")
        .check(classes);
  }

  @Test
  void platformImportsNeitherServicesNorDeploy() {
    String[] platform = packagesOf("platform", "main");
    assertThat(platform).contains("se.enkat.servers..", "se.enkat.testing..");
    String[] servicesAndDeploy =
        Stream.of(packagesOf("services", "main"), packagesOf("deploy", "main", "test"))
            .flatMap(Arrays::stream)
            .toArray(String[]::new);
    assertThat(servicesAndDeploy).contains("se.enkat.collection..", "se.enkat.stack..");
    noClasses()
        .that()
        .resideInAnyPackage(platform)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(servicesAndDeploy)
        .because("platform is what services and deploy build on; it never depends on them")
        .check(classes);
  }

  private static String[] servicePackages() {
    return SERVICES.stream().map(s -> "se.enkat." + s + "..").toArray(String[]::new);
  }

  /**
   * The packages ({@code se.enkat.x..}) of every module under {@code group} (platform, services,
   * deploy), read from their source folders, so a new module is covered without editing this.
   */
  private static String[] packagesOf(String group, String... sourceSets) {
    try (Stream<Path> modules = Files.list(root.resolve(group))) {
      return modules
          .flatMap(module -> Arrays.stream(sourceSets).map(set -> module.resolve("src/" + set)))
          .map(sources -> sources.resolve("java/se/enkat"))
          .filter(Files::isDirectory)
          .flatMap(ArchitectureTest::children)
          .map(dir -> "se.enkat." + dir.getFileName() + "..")
          .distinct()
          .sorted()
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> children(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
