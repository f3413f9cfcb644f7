package se.enkat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.enkat.gateway.proxy.RouteTable;
import se.enkat.gateway.proxy.Upstream;

/**
 * Merges the services' OpenAPI documents into the one document of the public API: only the paths
 * the gateway routes to the service that describes them (what a client can reach), the schemas they
 * use (a name two services use for different schemas is prefixed with the service's name, and its
 * references follow), tags and security schemes.
 */
public final class OpenApiMerge {

  private static final String SCHEMA_REF = "#/components/schemas/";

  private OpenApiMerge() {}

  /** One document per service, in a fixed order (so the result is the same every time). */
  public static ObjectNode merge(ObjectMapper mapper, Map<Upstream, JsonNode> documents) {
    ObjectNode merged = mapper.createObjectNode();
    JsonNode first = documents.values().iterator().next();
    merged.put("openapi", first.path("openapi").asText("3.1.0"));
    ObjectNode info = merged.putObject("info");
    info.put("title", "enkat API");
    info.put("version", "v1");
    info.put(
        "description",
        "The public API of enkat, through its gateway: survey rounds, questionnaires,"
            + " submissions, indicators, releases and the published values. Every call needs a"
            + " bearer token from the realm's Keycloak (the published API may be open to anonymous"
            + " readers); errors are RFC 9457 problem details. Merged from the services' own"
            + " documents by the gateway.");
    merged.putArray("servers").addObject().put("url", "/");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode schemas = mapper.createObjectNode();
    ObjectNode securitySchemes = mapper.createObjectNode();
    Map<String, JsonNode> tags = new LinkedHashMap<>();

    for (Map.Entry<Upstream, JsonNode> entry : documents.entrySet()) {
      Upstream service = entry.getKey();
      JsonNode document = entry.getValue().deepCopy();
      Map<String, String> renames = new LinkedHashMap<>();
      document
          .path("components")
          .path("schemas")
          .fields()
          .forEachRemaining(
              schema -> {
                JsonNode existing = schemas.get(schema.getKey());
                if (existing != null && !existing.equals(schema.getValue())) {
                  renames.put(schema.getKey(), prefix(service) + schema.getKey());
                }
              });
      if (!renames.isEmpty()) {
        rewriteRefs(document, renames);
        ObjectNode own = (ObjectNode) document.path("components").path("schemas");
        renames.forEach((from, to) -> own.set(to, own.remove(from)));
      }
      Set<String> referenced = new HashSet<>();
      document
          .path("paths")
          .fields()
          .forEachRemaining(
              path -> {
                if (routedTo(path.getKey(), service)) {
                  paths.set(path.getKey(), path.getValue());
                  collectRefs(path.getValue(), referenced);
                  path.getValue()
                      .findValues("tags")
                      .forEach(t -> t.forEach(tag -> tags.putIfAbsent(tag.asText(), null)));
                }
              });
      JsonNode serviceSchemas = document.path("components").path("schemas");
      // the schemas the kept paths use, and the schemas those use, and so on
      Set<String> done = new HashSet<>();
      Set<String> used = referenced;
      while (!used.isEmpty()) {
        Set<String> next = new HashSet<>();
        for (String name : used) {
          JsonNode schema = serviceSchemas.get(name);
          if (schema != null && done.add(name)) {
            schemas.set(name, schema);
            collectRefs(schema, next);
          }
        }
        next.removeAll(done);
        used = next;
      }
      document
          .path("components")
          .path("securitySchemes")
          .fields()
          .forEachRemaining(s -> securitySchemes.set(s.getKey(), s.getValue()));
      document.path("tags").forEach(tag -> tags.put(tag.path("name").asText(), tag));
    }
    ObjectNode components = merged.putObject("components");
    components.set("schemas", sorted(mapper, schemas));
    if (!securitySchemes.isEmpty()) {
      components.set("securitySchemes", securitySchemes);
    }
    ArrayNode tagList = merged.putArray("tags");
    tags.forEach(
        (name, tag) ->
            tagList.add(tag == null ? mapper.createObjectNode().put("name", name) : tag));
    merged.set("paths", sorted(mapper, paths));
    return merged;
  }

  /** True when the gateway sends this path (a template: {x} stands for any segment) there. */
  static boolean routedTo(String template, Upstream service) {
    if (!template.startsWith("/api/v1/")) {
      return false;
    }
    String path = template.replaceAll("\\{[^/}]+}", "x");
    return RouteTable.route(path).filter(service::equals).isPresent();
  }

  private static String prefix(Upstream service) {
    String name = service.name().toLowerCase();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
        String name = ref.asText().substring(SCHEMA_REF.length());
        if (renames.containsKey(name)) {
          object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(name)));
        }
      }
      object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
    }
  }

  private static void collectRefs(JsonNode node, Set<String> names) {
    for (JsonNode ref : node.findValues("$ref")) {
      if (ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
        names.add(ref.asText().substring(SCHEMA_REF.length()));
      }
    }
  }

  private static ObjectNode sorted(ObjectMapper mapper, ObjectNode node) {
    ObjectNode sorted = mapper.createObjectNode();
    Iterator<String> names = node.fieldNames();
    java.util.List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    java.util.Collections.sort(list);
    list.forEach(name -> sorted.set(name, node.get(name)));
    return sorted;
  }
}
