package se.enkat.testing;

import java.util.Map;

/** A Kafka record as a test sees it: strings, headers as a map (last value wins). */
public record TestRecord(
    String topic,
    int partition,
    long offset,
    String key,
    String value,
    Map<String, String> headers) {

  public TestRecord {
    // header values may be null, which Map.copyOf refuses
    headers = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(headers));
  }

  /** The header's value, or null. */
  public String header(String name) {
    return headers.get(name);
  }
}
