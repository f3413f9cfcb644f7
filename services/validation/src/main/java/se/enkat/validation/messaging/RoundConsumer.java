package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.validation.config.ValidationConfig;
import se.enkat.validation.domain.InvalidRoundException;
import se.enkat.validation.service.RoundService;

/**
 * Consumes enkat.rounds.v1: learns each round's questionnaire and population. A round whose
 * questionnaire does not compile goes to enkat.rounds.v1.dlq; its submissions stay parked.
 */
@ApplicationScoped
public class RoundConsumer {

  private final RoundService rounds;
  private final RetryPolicy retry;

  RoundConsumer(RoundService rounds, ValidationConfig config) {
    this.rounds = rounds;
    this.retry =
        new RetryPolicy(
            config.retry().initialBackoff(),
            config.retry().maxBackoff(),
            config.retry().unexpectedAttempts());
  }

  @Incoming("rounds")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return retry.run(() -> apply(record));
  }

  private Uni<Void> apply(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.of(record);
    Uni<Void> applied =
        switch (event.type()) {
          case EventTypes.ROUND_OPENED -> rounds.open(event.id(), EventDecoder.roundOpened(event));
          case EventTypes.ROUND_CLOSED -> rounds.close(event.id(), EventDecoder.roundClosed(event));
          default ->
              throw new PoisonMessageException(
                  "event "
                      + event.id()
                      + ": unknown type "
                      + event.type()
                      + " on "
                      + record.topic());
        };
    return applied
        .onFailure(InvalidRoundException.class)
        .transform(
            e -> new PoisonMessageException("event " + event.id() + ": " + e.getMessage(), e));
  }
}
