package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.publication.service.RoundEventService;

/** Consumes enkat.rounds.v1: round.opened and round.closed (any other type is poison). */
@ApplicationScoped
public class RoundEventsConsumer {

  private final EventHandlers handlers;

  RoundEventsConsumer(EventConsumers kit, RoundEventService rounds) {
    this.handlers =
        kit.handlers("publication.rounds")
            .on(
                EventTypes.ROUND_OPENED,
                RoundOpened.class,
                (event, opened) -> rounds.opened(event.id(), opened))
            .on(
                EventTypes.ROUND_CLOSED,
                RoundClosed.class,
                (event, closed) -> rounds.closed(event.id(), closed));
  }

  @Incoming("rounds")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
