package se.enkat.validation.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.enkat.common.events.CloudEventHeaders;

/** Kafka headers of an event as the outbox relay writes them (CloudEvents binary mode). */
public final class CloudEvents {

  private CloudEvents() {}

  public static Map<String, String> headers(String type, String subject) {
    return headers(UUID.randomUUID().toString(), type, subject);
  }

  public static Map<String, String> headers(String id, String type, String subject) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    headers.put(CloudEventHeaders.ID, id);
    headers.put(CloudEventHeaders.TYPE, type);
    headers.put(CloudEventHeaders.SOURCE, "/enkat/collection");
    headers.put(
        CloudEventHeaders.TIME,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
    headers.put(CloudEventHeaders.SUBJECT, subject);
    headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    return headers;
  }
}
