package se.enkat.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.telemetry.TraceParent;

/**
 * Appends events to the outbox inside the caller's current Hibernate Reactive transaction, so the
 * state change and its event commit together or not at all. Each row keeps the trace context
 * current when it is written (W3C {@code traceparent}, {@code tracestate}; null with tracing off),
 * so the relay can continue that trace on Kafka.
 */
@ApplicationScoped
public class Outbox {

  private static final String INSERT =
      "insert into outbox_event"
          + " (id, topic, event_key, event_type, source, subject, event_time, payload,"
          + " traceparent, tracestate)"
          + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

  private static final String INSERT_INTO =
      "insert into outbox_event"
          + " (id, topic, event_key, event_type, source, subject, event_time, payload,"
          + " traceparent, tracestate) values ";

  private static final int COLUMNS = 10;

  public Uni<Void> append(OutboxMessage message) {
    TraceParent trace = TraceParent.current();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter(1, message.id())
                    .setParameter(2, message.topic())
                    .setParameter(3, message.key())
                    .setParameter(4, message.type())
                    .setParameter(5, message.source())
                    .setParameter(6, message.subject())
                    .setParameter(7, message.time())
                    .setParameter(8, message.data())
                    .setParameter(9, trace.traceparent())
                    .setParameter(10, trace.tracestate())
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Appends several events in one statement; they are published in list order. */
  public Uni<Void> appendAll(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    if (messages.size() == 1) {
      return append(messages.get(0));
    }
    // One multi-row insert with bound values: the payloads are not escaped into another document.
    StringBuilder sql = new StringBuilder(INSERT_INTO);
    for (int i = 0; i < messages.size(); i++) {
      sql.append(i == 0 ? "(" : ", (");
      for (int c = 1; c <= COLUMNS; c++) {
        sql.append(c == 1 ? "?" : ", ?").append(i * COLUMNS + c);
      }
      sql.append(')');
    }
    TraceParent trace = TraceParent.current();
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql.toString());
              for (int i = 0; i < messages.size(); i++) {
                OutboxMessage m = messages.get(i);
                int at = i * COLUMNS;
                query.setParameter(at + 1, m.id());
                query.setParameter(at + 2, m.topic());
                query.setParameter(at + 3, m.key());
                query.setParameter(at + 4, m.type());
                query.setParameter(at + 5, m.source());
                query.setParameter(at + 6, m.subject());
                query.setParameter(at + 7, m.time());
                query.setParameter(at + 8, m.data());
                query.setParameter(at + 9, trace.traceparent());
                query.setParameter(at + 10, trace.tracestate());
              }
              return query.executeUpdate();
            })
        .replaceWithVoid();
  }
}
