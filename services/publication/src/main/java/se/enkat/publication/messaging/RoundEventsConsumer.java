package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.messaging.IncomingEvent;
import se.enkat.publication.service.RoundEventService;

/** Consumes enkat.rounds.v1: round.opened and round.closed; other types are not for us. */
@ApplicationScoped
public class RoundEventsConsumer {

  private final RoundEventService rounds;
  private final EventDecoder decoder;

  RoundEventsConsumer(RoundEventService rounds, EventDecoder decoder) {
    this.rounds = rounds;
    this.decoder = decoder;
  }

  @Incoming("rounds")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    // Deferred, so that a poison message fails the Uni (and goes to the DLQ) instead of throwing.
    return Uni.createFrom().deferred(() -> apply(IncomingEvent.of(record)));
  }

  private Uni<Void> apply(IncomingEvent event) {
    switch (event.type()) {
      case EventTypes.ROUND_OPENED -> {
        RoundOpened opened = decoder.decode(event.id(), event.data(), RoundOpened.class);
        EventDecoder.require(opened.round() != null, event.id(), "round is missing");
        EventDecoder.require(
            opened.questionnaire() != null && opened.questionnaire().isObject(),
            event.id(),
            "questionnaire is missing");
        EventDecoder.require(opened.population() != null, event.id(), "population is missing");
        return Retries.untilApplied(event.id(), () -> rounds.opened(event.id(), opened));
      }
      case EventTypes.ROUND_CLOSED -> {
        RoundClosed closed = decoder.decode(event.id(), event.data(), RoundClosed.class);
        EventDecoder.require(closed.round() != null, event.id(), "round is missing");
        return Retries.untilApplied(event.id(), () -> rounds.closed(event.id(), closed));
      }
      default -> {
        return Uni.createFrom().voidItem();
      }
    }
  }
}
