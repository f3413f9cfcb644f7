package se.enkat.publication.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Examples of the published API's main answers in its OpenAPI document (the values, a series, the
 * changes between two versions, the delta feed), added to the document the resources' annotations
 * describe, so the resources stay as they are (a Quarkus {@link OpenApiFilter}); {@code
 * OpenApiExamplesTest} reads every example into the records the service writes.
 */
@OpenApiFilter
public class OpenApiExamples implements OASFilter {

  static final String VALUES_PATH = "/api/v1/published/rounds/{id}/values";
  static final String SERIES_PATH = "/api/v1/published/series/{indicator}";
  static final String CHANGES_PATH = "/api/v1/published/rounds/{id}/changes";
  static final String FEED_PATH = "/api/v1/published/changes";

  static final String VALUES =
      """
      [{"indicator": "plan.exists", "level": "national", "type": "REGION",
        "numerator": 19, "denominator": 21, "percent": 90.5},
       {"indicator": "plan.exists", "level": "national", "type": "MUNICIPALITY",
        "numerator": 201, "denominator": 262, "percent": 76.7},
       {"indicator": "plan.exists", "level": "county", "type": "MUNICIPALITY",
        "county": "23", "countyName": "Jämtlands län",
        "numerator": 6, "denominator": 8, "percent": 75.0}]
      """;

  static final String SERIES =
      """
      [{"series": "plan.exists", "indicator": "plan.exists", "year": 2024,
        "round": "patientsakerhet-2024", "releaseId": "0b6f3f0e-7d1c-4d3e-9a57-1f0c2b5d9e01",
        "releaseVersion": 1, "level": "national", "type": "REGION",
        "numerator": 18, "denominator": 21, "percent": 85.7, "break": false},
       {"series": "plan.exists", "indicator": "plan.exists", "year": 2025,
        "round": "patientsakerhet-2025", "releaseId": "5d2a8c4e-31b7-4f0a-8e6d-2c9b7a1f4e02",
        "releaseVersion": 2, "level": "national", "type": "REGION",
        "numerator": 19, "denominator": 21, "percent": 90.5, "break": false,
        "change": {"fromYear": 2024, "fromRound": "patientsakerhet-2024", "numerator": 18,
                   "denominator": 21, "percent": 85.7, "percentagePoints": 4.8}}]
      """;

  static final String CHANGES =
      """
      {"round": "patientsakerhet-2025",
       "from": {"version": 1, "releaseId": "3c1e9a7b-6f2d-4b8e-a0c5-7d4f1e2b9a03",
                "publishedAt": "2025-06-02T09:00:00Z"},
       "to": {"version": 2, "releaseId": "5d2a8c4e-31b7-4f0a-8e6d-2c9b7a1f4e02",
              "publishedAt": "2025-06-16T09:00:00Z"},
       "counts": {"added": 1, "removed": 0, "changed": 1},
       "cells": [
         {"change": "changed", "indicator": "plan.exists", "level": "national",
          "type": "MUNICIPALITY", "old": {"numerator": 200, "denominator": 262, "percent": 76.3},
          "new": {"numerator": 201, "denominator": 262, "percent": 76.7}},
         {"change": "added", "indicator": "plan.and_views", "level": "national", "type": "REGION",
          "new": {"numerator": 15, "denominator": 21, "percent": 71.4}}]}
      """;

  static final String FEED =
      """
      {"releases": [
         {"cursor": "7", "round": "patientsakerhet-2025", "version": 2,
          "releaseId": "5d2a8c4e-31b7-4f0a-8e6d-2c9b7a1f4e02",
          "publishedAt": "2025-06-16T09:00:00Z", "previousVersion": 1, "latestVersion": 2,
          "counts": {"added": 0, "removed": 0, "changed": 1},
          "cells": [
            {"change": "changed", "indicator": "plan.exists", "level": "national",
             "type": "MUNICIPALITY", "old": {"numerator": 200, "denominator": 262, "percent": 76.3},
             "new": {"numerator": 201, "denominator": 262, "percent": 76.7}}]}],
       "next": "7", "more": false}
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, Example> EXAMPLES =
      Map.of(
          VALUES_PATH,
          new Example(
              "national-and-county",
              "Values with numerator and denominator (level=national, and a county)",
              VALUES),
          SERIES_PATH,
          new Example(
              "two-years", "One cell over two years, with the change from the year before", SERIES),
          CHANGES_PATH,
          new Example("version-1-to-2", "From version 1 to 2: one changed, one added", CHANGES),
          FEED_PATH,
          new Example(
              "one-correction", "One publication after the cursor, one cell changed", FEED));

  private record Example(String name, String summary, String json) {}

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    EXAMPLES.forEach(
        (path, example) -> {
          PathItem item = openAPI.getPaths().getPathItem(path);
          if (item != null && item.getGET() != null) {
            addExample(item.getGET(), example);
          }
        });
  }

  private static void addExample(Operation operation, Example example) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponse ok = operation.getResponses().getAPIResponse("200");
    if (ok == null) {
      ok = OASFactory.createAPIResponse().description("OK");
      operation.getResponses().addAPIResponse("200", ok);
    }
    if (ok.getContent() == null) {
      ok.setContent(OASFactory.createContent());
    }
    Content content = ok.getContent();
    MediaType json = content.getMediaType("application/json");
    if (json == null) {
      json = OASFactory.createMediaType();
      content.addMediaType("application/json", json);
    }
    json.addExample(
        example.name(),
        OASFactory.createExample().summary(example.summary()).value(parse(example.json())));
  }

  /** The example as plain maps and lists, which the document writer writes as JSON. */
  static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an OpenAPI example is not JSON", e);
    }
  }
}
