package se.enkat.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Appends events to the outbox inside the caller's current Hibernate Reactive transaction, so the
 * state change and its event commit together or not at all.
 */
@ApplicationScoped
public class Outbox {

  private static final String INSERT =
      "insert into outbox_event"
          + " (id, topic, event_key, event_type, source, subject, event_time, payload)"
          + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

  // Many events in one round trip: they travel as one JSON array and keep their order (seq).
  private static final String INSERT_ALL =
      "insert into outbox_event"
          + " (id, topic, event_key, event_type, source, subject, event_time, payload)"
          + " select m.id, m.topic, m.k, m.type, m.source, m.subject, m.time, m.data"
          + " from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as m(n integer, id uuid,"
          + " topic text, k text, type text, source text, subject text, time timestamptz,"
          + " data text) order by m.n";

  private static final ObjectMapper JSON = new ObjectMapper();

  public Uni<Void> append(OutboxMessage message) {
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
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Appends several events in one statement, in list order. */
  public Uni<Void> appendAll(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    if (messages.size() == 1) {
      return append(messages.get(0));
    }
    ArrayNode rows = JSON.createArrayNode();
    for (int i = 0; i < messages.size(); i++) {
      OutboxMessage message = messages.get(i);
      rows.addObject()
          .put("n", i)
          .put("id", message.id().toString())
          .put("topic", message.topic())
          .put("k", message.key())
          .put("type", message.type())
          .put("source", message.source())
          .put("subject", message.subject())
          .put("time", message.time().toString())
          .put("data", message.data());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT_ALL)
                    .setParameter(1, rows.toString())
                    .executeUpdate())
        .replaceWithVoid();
  }
}
