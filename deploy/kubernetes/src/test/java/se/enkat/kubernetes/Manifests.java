package se.enkat.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The manifests as objects: the base read file by file (pure Java, always), and an overlay as
 * {@code kubectl kustomize} renders it (when kubectl is there).
 */
final class Manifests {

  static final YAMLMapper YAML = new YAMLMapper();
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path BASE = MODULE.resolve("base");
  static final Path ROOT = MODULE.resolve("../..").normalize();

  private Manifests() {}

  /** What {@link #base} reads of a kustomization; anything else fails rather than differ. */
  private static final java.util.Set<String> UNDERSTOOD =
      java.util.Set.of("apiVersion", "kind", "labels", "resources", "configMapGenerator");

  /**
   * Every object of the base: the files its kustomization.yaml lists, in order, and the ConfigMaps
   * its generator makes from env files (named without kustomize's hash suffix; labels left out).
   */
  static List<ObjectNode> base() {
    JsonNode kustomization = readOne(BASE.resolve("kustomization.yaml"));
    kustomization
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!UNDERSTOOD.contains(field)) {
                throw new IllegalStateException(
                    "base/kustomization.yaml uses "
                        + field
                        + ", which Manifests.base() cannot read");
              }
            });
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode resource : kustomization.path("resources")) {
      objects.addAll(read(BASE.resolve(resource.asText())));
    }
    for (JsonNode generator : kustomization.path("configMapGenerator")) {
      ObjectNode configMap =
          YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
      configMap.putObject("metadata").put("name", generator.path("name").asText());
      ObjectNode data = configMap.putObject("data");
      for (JsonNode env : generator.path("envs")) {
        try {
          for (String line : Files.readAllLines(BASE.resolve(env.asText()))) {
            if (!line.isBlank() && !line.startsWith("#")) {
              data.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      objects.add(configMap);
    }
    return objects;
  }

  /** The objects of one YAML file (documents separated by {@code ---}; empty ones skipped). */
  static List<ObjectNode> read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ObjectNode> parse(String yaml) {
    List<ObjectNode> objects = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(yaml)) {
      var documents = YAML.readValues(parser, JsonNode.class);
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document instanceof ObjectNode object) {
          objects.add(object);
        }
      }
      return objects;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readOne(Path file) {
    return read(file).get(0);
  }

  /** kubectl on PATH (or {@code KUBECTL}), if any. */
  static Optional<String> kubectl() {
    String configured = System.getenv("KUBECTL");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  /** {@code kubectl kustomize <dir>}'s output as objects; fails with kubectl's own message. */
  static List<ObjectNode> render(String kubectl, Path kustomization) {
    try {
      Process process =
          new ProcessBuilder(kubectl, "kustomize", kustomization.toString())
              .redirectErrorStream(false)
              .start();
      process.getOutputStream().close();
      var stdout = process.getInputStream().readAllBytes();
      var stderr = process.getErrorStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new AssertionError(
            "kubectl kustomize "
                + MODULE.relativize(kustomization)
                + " failed: "
                + new String(stderr, StandardCharsets.UTF_8));
      }
      return parse(new String(stdout, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String kind(JsonNode object) {
    return object.path("kind").asText();
  }

  static String name(JsonNode object) {
    return object.path("metadata").path("name").asText();
  }

  static String describe(JsonNode object) {
    return kind(object) + "/" + name(object);
  }

  static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
    return objects.stream().filter(object -> kind.equals(kind(object))).toList();
  }

  static ObjectMapper json() {
    return new ObjectMapper();
  }
}
