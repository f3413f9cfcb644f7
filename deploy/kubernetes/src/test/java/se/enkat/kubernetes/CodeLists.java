package se.enkat.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import se.enkat.common.events.Topics;
import se.enkat.servers.PlatformTopics;
import se.enkat.servers.TopicSpec;
import se.enkat.stack.ServiceSpec;

/**
 * The comparisons of manifests with the code: each returns what differs, so a test can show that a
 * removed topic, a renamed database or an unknown setting is found.
 */
final class CodeLists {

  /**
   * Quarkus' own settings a Deployment may set although the properties leave them at their default:
   * the address to listen on (all interfaces in a pod, 127.0.0.1 locally).
   */
  static final Set<String> QUARKUS_DEFAULTS = Set.of("QUARKUS_HTTP_HOST");

  private CodeLists() {}

  /** Topic name → partitions, as the code creates them: the main topics and their DLQs. */
  static Map<String, Integer> expectedTopics() {
    Map<String, Integer> topics = new TreeMap<>();
    for (TopicSpec topic : PlatformTopics.ALL) {
      topics.put(topic.name(), topic.partitions());
    }
    return topics;
  }

  static List<String> topicProblems(List<ObjectNode> objects) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> expected = expectedTopics();
    for (String topic : Topics.ALL) {
      if (!expected.containsKey(topic) || !expected.containsKey(Topics.deadLetter(topic))) {
        problems.add("the local stack does not create " + topic + " and its dead-letter topic");
      }
    }
    Map<String, JsonNode> declared = new TreeMap<>();
    for (ObjectNode topic : Manifests.ofKind(objects, "KafkaTopic")) {
      String name = topic.path("spec").path("topicName").asText(Manifests.name(topic));
      declared.put(name, topic.path("spec"));
    }
    for (var entry : expected.entrySet()) {
      JsonNode spec = declared.get(entry.getKey());
      if (spec == null) {
        problems.add("no KafkaTopic for " + entry.getKey());
        continue;
      }
      if (spec.path("partitions").asInt() != entry.getValue()) {
        problems.add(
            entry.getKey()
                + ": "
                + spec.path("partitions")
                + " partitions, the code expects "
                + entry.getValue());
      }
      if (spec.path("replicas").asInt() != 3
          || spec.path("config").path("min.insync.replicas").asInt() != 2) {
        problems.add(entry.getKey() + ": not 3 replicas with min.insync.replicas 2");
      }
      if (spec.path("config").path("max.message.bytes").asInt() != Topics.MAX_MESSAGE_BYTES) {
        problems.add(entry.getKey() + ": max.message.bytes is not Topics.MAX_MESSAGE_BYTES");
      }
    }
    for (String name : declared.keySet()) {
      if (!expected.containsKey(name)) {
        problems.add("KafkaTopic " + name + " is not a topic the code uses");
      }
    }
    return problems;
  }

  /** A service's application.properties without profile-specific keys. */
  static Properties properties(String service) {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Manifests.ROOT.resolve(
                "services/" + service + "/src/main/resources/application.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.stringPropertyNames().stream()
        .filter(key -> key.startsWith("%"))
        .forEach(properties::remove);
    return properties;
  }

  /** The environment variable a property is read from (MicroProfile Config's mapping). */
  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Every variable a service's container gets, by name: its env and its ConfigMaps' keys. */
  static Map<String, JsonNode> environment(List<ObjectNode> objects, JsonNode deployment) {
    Map<String, JsonNode> environment = new LinkedHashMap<>();
    JsonNode container =
        deployment.path("spec").path("template").path("spec").path("containers").path(0);
    for (JsonNode source : container.path("envFrom")) {
      String configMap = source.path("configMapRef").path("name").asText();
      Manifests.ofKind(objects, "ConfigMap").stream()
          .filter(map -> Manifests.name(map).equals(configMap))
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      Manifests.describe(deployment) + ": no ConfigMap " + configMap))
          .path("data")
          .fields()
          .forEachRemaining(field -> environment.put(field.getKey(), field.getValue()));
    }
    for (JsonNode variable : container.path("env")) {
      environment.put(variable.path("name").asText(), variable);
    }
    return environment;
  }

  static List<String> settingProblems(List<ObjectNode> objects) {
    List<String> problems = new ArrayList<>();
    for (String service : ServiceSpec.NAMES) {
      JsonNode deployment = deployment(objects, service);
      if (deployment == null) {
        problems.add("no Deployment for the service " + service);
        continue;
      }
      Set<String> known = new java.util.HashSet<>(QUARKUS_DEFAULTS);
      properties(service).stringPropertyNames().forEach(key -> known.add(environmentName(key)));
      for (String variable : environment(objects, deployment).keySet()) {
        if (!known.contains(variable)) {
          problems.add(
              service
                  + ": "
                  + variable
                  + " is no setting of services/"
                  + service
                  + "'s application.properties");
        }
      }
    }
    return problems;
  }

  static List<String> databaseProblems(List<ObjectNode> objects) {
    List<String> problems = new ArrayList<>();
    for (String service : ServiceSpec.NAMES) {
      if (!ServiceSpec.of(Manifests.ROOT, service).hasDatabase()) {
        continue;
      }
      Properties properties = properties(service);
      String url = properties.getProperty("quarkus.datasource.jdbc.url");
      String database = url.substring(url.lastIndexOf('/') + 1);
      String user = properties.getProperty("quarkus.datasource.username");
      String cluster = service + "-db";
      JsonNode found =
          Manifests.ofKind(objects, "Cluster").stream()
              .filter(c -> Manifests.name(c).equals(cluster))
              .findFirst()
              .orElse(null);
      if (found == null) {
        problems.add("no CloudNativePG Cluster " + cluster + " for the service " + service);
        continue;
      }
      JsonNode initdb = found.path("spec").path("bootstrap").path("initdb");
      if (!database.equals(initdb.path("database").asText())
          || !user.equals(initdb.path("owner").asText())) {
        problems.add(
            cluster
                + ": database/owner "
                + initdb.path("database").asText()
                + "/"
                + initdb.path("owner").asText()
                + ", the service uses "
                + database
                + "/"
                + user);
      }
      if (found.path("spec").path("instances").asInt() != 3) {
        problems.add(cluster + ": not 3 instances");
      }
      JsonNode deployment = deployment(objects, service);
      if (deployment != null) {
        Map<String, JsonNode> environment = environment(objects, deployment);
        if (!(cluster + "-rw")
            .equals(
                environment.getOrDefault("ENKAT_PG_HOST", Manifests.json().nullNode()).asText())) {
          problems.add(service + ": ENKAT_PG_HOST is not " + cluster + "-rw");
        }
        for (String variable :
            List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
          String secret =
              environment
                  .getOrDefault(variable, Manifests.json().nullNode())
                  .path("valueFrom")
                  .path("secretKeyRef")
                  .path("name")
                  .asText();
          if (!(cluster + "-app").equals(secret)) {
            problems.add(
                service + ": " + variable + " does not come from the Secret " + cluster + "-app");
          }
        }
      }
    }
    return problems;
  }

  static JsonNode deployment(List<ObjectNode> objects, String service) {
    return Manifests.ofKind(objects, "Deployment").stream()
        .filter(d -> Manifests.name(d).equals(service))
        .findFirst()
        .orElse(null);
  }
}
