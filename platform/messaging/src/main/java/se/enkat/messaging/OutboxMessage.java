package se.enkat.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One event waiting in the outbox: its CloudEvents attributes, Kafka topic and key, JSON data. */
public record OutboxMessage(
    UUID id,
    String topic,
    String key,
    String type,
    String source,
    String subject,
    OffsetDateTime time,
    String data) {

  public static OutboxMessage of(
      String topic, String key, String type, String source, String subject, String data) {
    return new OutboxMessage(
        UUID.randomUUID(),
        topic,
        key,
        type,
        source,
        subject,
        OffsetDateTime.now(ZoneOffset.UTC),
        data);
  }
}
