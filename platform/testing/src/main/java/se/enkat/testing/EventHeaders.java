package se.enkat.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.enkat.common.events.CloudEventHeaders;

/**
 * The Kafka headers of an event as an outbox relay writes them (CloudEvents 1.0, binary mode), for
 * tests that produce another service's events: a random id, source {@code /enkat/test} and the time
 * now unless set; no subject unless set.
 */
public final class EventHeaders {

  private final Map<String, String> headers = new LinkedHashMap<>();

  private EventHeaders(String type) {
    headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
    headers.put(CloudEventHeaders.TYPE, type);
    headers.put(CloudEventHeaders.SOURCE, "/enkat/test");
    headers.put(
        CloudEventHeaders.TIME,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
    headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
  }

  /** Headers of an event of this type ({@code ce_type}). */
  public static EventHeaders of(String type) {
    return new EventHeaders(type);
  }

  public EventHeaders id(String id) {
    headers.put(CloudEventHeaders.ID, id);
    return this;
  }

  /** The producing service, e.g. {@code /enkat/validation}. */
  public EventHeaders source(String source) {
    headers.put(CloudEventHeaders.SOURCE, source);
    return this;
  }

  /** The event's time as written, e.g. {@code 2025-03-02T10:00:00Z}. */
  public EventHeaders time(String time) {
    headers.put(CloudEventHeaders.TIME, time);
    return this;
  }

  public EventHeaders subject(String subject) {
    headers.put(CloudEventHeaders.SUBJECT, subject);
    return this;
  }

  /** The headers, in a map of their own that the caller may change. */
  public Map<String, String> toMap() {
    return new LinkedHashMap<>(headers);
  }
}
