package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the published release with a dashboard token: national values, response rate, files. */
public final class Published {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Api api;
  private final Tokens tokens;
  private final String base;

  public Published(Api api, Tokens tokens, String gatewayUrl) {
    this.api = api;
    this.tokens = tokens;
    this.base = gatewayUrl + "/api/v1/published/rounds/";
  }

  String url(String round, String resource) {
    return base + round + "/" + resource;
  }

  /** National values by key {@code indicator|type|category} (category empty for a share). */
  public Map<String, PublishedValue> nationalValues(String round, Duration timeout) {
    String url = url(round, "values?level=national");
    JsonNode values =
        Poll.until(
            "GET " + url,
            timeout,
            () -> {
              Api.Reply reply = api.get(url, tokens.dashboard());
              return reply.status() == 404 ? null : reply.expect("GET " + url, 200).json();
            });
    return byKey(values);
  }

  /** Values as the indicator and publication APIs list them, by {@link #key}. */
  public static Map<String, PublishedValue> byKey(JsonNode values) {
    Map<String, PublishedValue> byKey = new LinkedHashMap<>();
    for (JsonNode value : values) {
      byKey.put(
          key(
              value.path("indicator").asText(),
              value.path("type").asText(),
              value.path("category").asText("")),
          new PublishedValue(
              value.path("numerator").asLong(),
              value.path("denominator").asLong(),
              value.has("percent") ? value.path("percent").asText() : null));
    }
    return byKey;
  }

  List<ResponseRate> responseRate(String round) {
    String url = url(round, "response-rate");
    List<ResponseRate> rates = new ArrayList<>();
    for (JsonNode rate : api.get(url, tokens.dashboard()).expect("GET " + url, 200).json()) {
      rates.add(
          new ResponseRate(
              rate.path("type").asText(),
              rate.path("invited").asLong(),
              rate.path("answered").asLong(),
              rate.path("percent").asText()));
    }
    return rates;
  }

  /** Writes values and answers as CSV and XLSX into {@code dir}; returns the files. */
  List<Path> download(String round, Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (String resource : List.of("values", "answers")) {
        for (String format : List.of("csv", "xlsx")) {
          String accept = format.equals("csv") ? "text/csv" : XLSX;
          byte[] body =
              api.bytes(url(round, resource) + "?format=" + format, tokens.dashboard(), accept);
          Path file = dir.resolve(round + "-" + resource + "." + format);
          Files.write(file, body);
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  public static String key(String indicator, String type, String category) {
    return indicator + "|" + type + "|" + (category == null ? "" : category);
  }
}
