package se.enkat.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.enkat.common.events.EventAddress;
import se.enkat.common.events.EventData;
import se.enkat.common.events.EventJson;
import se.enkat.common.events.EventKind;

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

  /** The envelope of the event: a new id, the time now, the rest as the data describes itself. */
  public static OutboxMessage of(EventData data) {
    EventAddress address = data.address();
    EventKind kind = address.kind();
    return new OutboxMessage(
        UUID.randomUUID(),
        kind.topic(),
        address.key(),
        kind.type(),
        kind.source(),
        address.subject(),
        OffsetDateTime.now(ZoneOffset.UTC),
        EventJson.write(data));
  }

  /** The values of the outbox row, in the order of {@link Outbox}'s columns. */
  Object[] row(String traceparent, String tracestate) {
    return new Object[] {
      id, topic, key, type, source, subject, time, data, traceparent, tracestate
    };
  }
}
