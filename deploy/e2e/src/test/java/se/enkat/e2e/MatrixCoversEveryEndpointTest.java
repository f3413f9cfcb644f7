package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No endpoint without a row in the authorization matrix: reads the JAX-RS annotations of every
 * service's REST resources and compares them with the rows of docs/security.md. Plain unit test, no
 * stack needed.
 */
class MatrixCoversEveryEndpointTest {

  private static final Pattern ANNOTATION =
      Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b|@Path\\(\"([^\"]*)\"\\)|\\bclass\\s");

  @Test
  void everyServiceEndpointHasARowInTheMatrix() throws IOException {
    Set<String> documented =
        AuthorizationMatrixIT.readMatrix().stream()
            .map(row -> row.method() + " " + normalise(row.path()))
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> implemented = endpoints(AuthorizationMatrixIT.projectRoot().resolve("services"));

    assertThat(implemented).as("endpoints found in the services' resources").hasSizeGreaterThan(25);
    assertThat(documented)
        .as("endpoints without a row in docs/security.md's matrix")
        .containsAll(implemented);
  }

  /** "METHOD /path/{}" for every resource method under services/x/src/main/java/.../rest. */
  static Set<String> endpoints(Path services) throws IOException {
    Set<String> endpoints = new TreeSet<>();
    List<Path> resources;
    try (Stream<Path> files = Files.walk(services, FileVisitOption.FOLLOW_LINKS)) {
      resources =
          files
              .filter(f -> f.toString().contains("/src/main/java/"))
              .filter(f -> f.getParent().getFileName().toString().equals("rest"))
              .filter(f -> f.getFileName().toString().endsWith("Resource.java"))
              .toList();
    }
    for (Path resource : resources) {
      String base = "";
      boolean inClass = false;
      String method = null;
      String sub = "";
      for (String line : Files.readAllLines(resource)) {
        String trimmed = line.trim();
        if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) {
          continue;
        }
        Matcher m = ANNOTATION.matcher(trimmed);
        while (m.find()) {
          if (m.group(1) != null) {
            method = m.group(1);
          } else if (m.group(2) != null) {
            if (inClass) {
              sub = m.group(2);
            } else {
              base = m.group(2);
            }
          } else {
            inClass = true;
            sub = "";
          }
        }
        // a resource method's signature ends its annotations
        if (inClass && method != null && trimmed.matches("public\\s+.*\\(.*")) {
          endpoints.add(method + " " + normalise(join(base, sub)));
          method = null;
          sub = "";
        } else if (inClass && method == null && trimmed.startsWith("public ")) {
          sub = "";
        }
      }
    }
    return endpoints;
  }

  private static String join(String base, String sub) {
    String path = (base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Path parameters as {}, no query string. */
  static String normalise(String path) {
    return path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}");
  }
}
