package se.enkat.publication.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/** Small reads of JSON texts stored in snapshot columns. */
final class JsonTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonTexts() {}

  static List<String> stringList(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (IOException e) {
      throw new IllegalStateException("a stored list is not JSON: " + e.getMessage(), e);
    }
  }
}
