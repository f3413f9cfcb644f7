package se.enkat.messaging;

import io.vertx.mutiny.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.telemetry.TraceParent;

/**
 * Maps an outbox row to a Kafka record in the CloudEvents binary content mode; the relay adds the
 * row's trace context ({@code traceparent}, {@code tracestate}) when it sends it.
 */
final class OutboxRecords {

  private OutboxRecords() {}

  static ProducerRecord<String, String> toRecord(Row row) {
    RecordHeaders headers = new RecordHeaders();
    add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    add(headers, CloudEventHeaders.ID, row.getUUID("id").toString());
    add(headers, CloudEventHeaders.TYPE, row.getString("event_type"));
    add(headers, CloudEventHeaders.SOURCE, row.getString("source"));
    OffsetDateTime time = row.getOffsetDateTime("event_time");
    add(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
    String subject = row.getString("subject");
    if (subject != null) {
      add(headers, CloudEventHeaders.SUBJECT, subject);
    }
    add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    return new ProducerRecord<>(
        row.getString("topic"),
        null,
        row.getString("event_key"),
        row.getString("payload"),
        headers);
  }

  /** The trace context stored with the row; none for rows written with tracing off. */
  static TraceParent trace(Row row) {
    return new TraceParent(row.getString("traceparent"), row.getString("tracestate"));
  }

  private static void add(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
