package se.enkat.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
}
