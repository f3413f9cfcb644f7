package se.enkat.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Idempotent consumption: records an event id in the caller's transaction and tells whether it is
 * new. Call it first in the transaction that applies the event; skip the effect when false.
 */
@ApplicationScoped
public class ProcessedEvents {

  private static final String INSERT =
      "insert into processed_event (consumer, event_id) values (?1, ?2)"
          + " on conflict do nothing";

  /** Emits true the first time this consumer sees the event id, false for a redelivery. */
  public Uni<Boolean> firstDelivery(String consumer, String eventId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter(1, consumer)
                    .setParameter(2, eventId)
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  /** Applies the effect only on the first delivery of the event; a redelivery does nothing. */
  public Uni<Void> onFirstDelivery(String consumer, String eventId, Supplier<Uni<Void>> effect) {
    return firstDelivery(consumer, eventId)
        .chain(first -> first ? effect.get() : Uni.createFrom().voidItem());
  }
}
