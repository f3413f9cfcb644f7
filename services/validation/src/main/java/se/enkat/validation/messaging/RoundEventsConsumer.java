package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.validation.domain.InvalidRoundException;
import se.enkat.validation.service.RoundEventService;

/**
 * Consumes enkat.rounds.v1: learns each round's questionnaire and population. A round whose
 * questionnaire does not compile goes to enkat.rounds.v1.dlq; its submissions stay parked.
 */
@ApplicationScoped
public class RoundEventsConsumer {

  private final EventHandlers handlers;

  RoundEventsConsumer(EventConsumers kit, RoundEventService rounds) {
    this.handlers =
        kit.handlers("validation.rounds")
            .on(
                EventTypes.ROUND_OPENED,
                RoundOpened.class,
                (event, opened) ->
                    invalidRoundIsPoison(event.id(), rounds.open(event.id(), opened)))
            .on(
                EventTypes.ROUND_CLOSED,
                RoundClosed.class,
                (event, closed) -> rounds.close(event.id(), closed));
  }

  @Incoming("rounds")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }

  private static Uni<Void> invalidRoundIsPoison(String eventId, Uni<Void> applied) {
    return applied
        .onFailure(InvalidRoundException.class)
        .transform(e -> new PoisonMessageException("event " + eventId + ": " + e.getMessage(), e));
  }
}
