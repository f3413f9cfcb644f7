package se.enkat.collection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** JSON in and out of text columns and event payloads, with the application's ObjectMapper. */
@ApplicationScoped
public class JsonCodec {

  private final ObjectMapper mapper;

  JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public JsonNode read(String json) {
    if (json == null) {
      return null;
    }
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      // Only JSON this service wrote is read back: failing here is a bug, not bad input.
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public <T> T convert(JsonNode node, Class<T> type) {
    return mapper.convertValue(node, type);
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}
