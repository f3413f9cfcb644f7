package se.enkat.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.common.events.EventData;
import se.enkat.messaging.sql.NativeSql;
import se.enkat.telemetry.TraceParent;

/**
 * Appends events to the outbox inside the caller's current Hibernate Reactive transaction, so the
 * state change and its event commit together or not at all. The event's data says its type, topic,
 * key and subject ({@link EventData}); the outbox adds the envelope ({@link OutboxMessage#of}).
 * Each row keeps the trace context current when it is written (W3C {@code traceparent}, {@code
 * tracestate}; null with tracing off), so the relay can continue that trace on Kafka.
 */
@ApplicationScoped
public class Outbox {

  private static final String INSERT =
      "insert into outbox_event"
          + " (id, topic, event_key, event_type, source, subject, event_time, payload,"
          + " traceparent, tracestate) values";

  private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Appends one event. */
  public Uni<Void> append(EventData data) {
    return appendAll(List.of(data));
  }

  /** Appends several events with multi-row inserts; they are published in list order. */
  public Uni<Void> appendAll(List<? extends EventData> events) {
    if (events.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    TraceParent trace = TraceParent.current();
    List<Object[]> rows =
        events.stream()
            .map(OutboxMessage::of)
            .map(m -> m.row(trace.traceparent(), trace.tracestate()))
            .toList();
    return NativeSql.insertAll(INSERT, ROW, "", rows).replaceWithVoid();
  }
}
