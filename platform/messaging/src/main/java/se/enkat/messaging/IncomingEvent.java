package se.enkat.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import se.enkat.common.events.CloudEventHeaders;

/**
 * A consumed event: CloudEvents attributes read from the Kafka headers, data as the JSON value. A
 * record without an id or type can never be processed: {@link #of} throws {@link
 * PoisonMessageException} so it goes to the dead-letter topic.
 */
public record IncomingEvent(
    String id, String type, String source, String subject, String time, String key, String data) {

  public static IncomingEvent of(ConsumerRecord<String, String> record) {
    String id = header(record, CloudEventHeaders.ID);
    String type = header(record, CloudEventHeaders.TYPE);
    if (id == null || type == null) {
      throw new PoisonMessageException("missing CloudEvents header ce_id or ce_type");
    }
    if (record.value() == null) {
      throw new PoisonMessageException("event " + id + " has no data");
    }
    return new IncomingEvent(
        id,
        type,
        header(record, CloudEventHeaders.SOURCE),
        header(record, CloudEventHeaders.SUBJECT),
        header(record, CloudEventHeaders.TIME),
        record.key(),
        record.value());
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
