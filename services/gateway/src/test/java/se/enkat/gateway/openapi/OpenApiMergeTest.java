package se.enkat.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.gateway.proxy.Upstream;

class OpenApiMergeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void keepsOnlyThePathsTheGatewayRoutesToTheServiceThatDescribesThem() throws Exception {
    Map<Upstream, JsonNode> documents = new EnumMap<>(Upstream.class);
    documents.put(
        Upstream.COLLECTION,
        JSON.readTree(
            """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/rounds/{id}": {"get": {"responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}}}},
              "/api/v1/rounds/{id}/indicators": {"get": {"responses": {"200": {"description": "x"}}}},
              "/internal/thing": {"get": {"responses": {"200": {"description": "x"}}}}},
             "components": {"schemas": {
               "Round": {"type": "object", "properties": {"p": {"$ref": "#/components/schemas/Problem"}}},
               "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}},
               "Unused": {"type": "string"}}}}
            """));
    documents.put(
        Upstream.INDICATOR,
        JSON.readTree(
            """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/rounds/{id}/indicators": {"get": {"responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}}}}
            """));

    JsonNode merged = OpenApiMerge.merge(JSON, documents);

    assertThat(merged.get("paths").fieldNames())
        .toIterable()
        .containsExactly("/api/v1/rounds/{id}", "/api/v1/rounds/{id}/indicators");
    // the indicator service's description of its own path, not collection's
    assertThat(
            merged
                .at("/paths/~1api~1v1~1rounds~1{id}~1indicators/get/responses/200/content")
                .toString())
        .contains("#/components/schemas/IndicatorProblem");
    assertThat(merged.at("/components/schemas").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("Round", "Problem", "IndicatorProblem");
    assertThat(merged.at("/components/schemas/IndicatorProblem/properties").has("title")).isTrue();
    assertThat(merged.at("/components/schemas/Problem/properties").has("status")).isTrue();
    assertThat(merged.get("openapi").asText()).isEqualTo("3.1.0");
  }
}
