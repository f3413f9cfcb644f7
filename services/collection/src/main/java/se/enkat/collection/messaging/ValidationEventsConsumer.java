package se.enkat.collection.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.service.RevisionStatusService;
import se.enkat.collection.service.RevisionStatusService.RevisionVerdict;
import se.enkat.collection.service.SubmissionMetrics;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;

/**
 * Consumes verdicts from enkat.validations.v1 and applies them to the judged revision. Poison
 * messages (no CloudEvents id/type, undecodable data, an unknown revision) fail the message, which
 * sends it to enkat.validations.v1.dlq; anything else (database down) is retried in place.
 */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final EventHandlers handlers;

  ValidationEventsConsumer(
      EventConsumers kit, RevisionStatusService verdicts, SubmissionMetrics metrics) {
    this.handlers =
        kit.handlers("collection.verdicts")
            .on(
                EventTypes.SUBMISSION_ACCEPTED,
                SubmissionAccepted.class,
                (event, data) -> apply(verdicts, metrics, accepted(event, data)))
            .on(
                EventTypes.SUBMISSION_REJECTED,
                SubmissionRejected.class,
                (event, data) -> apply(verdicts, metrics, rejected(event, data)));
  }

  @Incoming("verdicts")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }

  /** Applies the verdict; counts it once it committed, and only the first delivery. */
  private static Uni<Void> apply(
      RevisionStatusService verdicts, SubmissionMetrics metrics, RevisionVerdict verdict) {
    return verdicts
        .apply(verdict)
        .invoke(
            applied -> {
              if (applied) {
                metrics.judged(verdict.round(), verdict.status());
              }
            })
        .replaceWithVoid();
  }

  private static RevisionVerdict accepted(IncomingEvent event, SubmissionAccepted data) {
    return new RevisionVerdict(
        event.id(),
        data.round(),
        data.organisation(),
        data.revision(),
        SubmissionStatus.ACCEPTED,
        List.of(),
        data.validatedAt());
  }

  private static RevisionVerdict rejected(IncomingEvent event, SubmissionRejected data) {
    return new RevisionVerdict(
        event.id(),
        data.round(),
        data.organisation(),
        data.revision(),
        SubmissionStatus.REJECTED,
        data.violations() == null ? List.of() : data.violations(),
        data.validatedAt());
  }
}
