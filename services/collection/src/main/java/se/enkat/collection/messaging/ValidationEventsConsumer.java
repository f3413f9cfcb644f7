package se.enkat.collection.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.service.RevisionStatusService;
import se.enkat.collection.service.RevisionStatusService.RevisionVerdict;
import se.enkat.collection.service.SubmissionMetrics;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.consumer.BatchHandler;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.messaging.consumer.EventHandlers;

/**
 * Consumes verdicts from enkat.validations.v1 a batch at a time (the channel is configured with
 * {@code batch=true}) and applies them to the judged revisions in one transaction. Poison records
 * (no CloudEvents id/type, undecodable data) go to enkat.validations.v1.dlq with the reason before
 * the rest is applied; a batch that fails as poison (a verdict on an unknown revision) is applied
 * one verdict at a time, so only that verdict is dead-lettered. Anything else (database down) is
 * retried in place.
 */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final BatchHandler<RevisionVerdict> handler;

  ValidationEventsConsumer(
      EventConsumers kit, RevisionStatusService verdicts, SubmissionMetrics metrics) {
    this.handler =
        kit.batch(
            "collection.verdicts",
            ValidationEventsConsumer::decode,
            batch -> apply(verdicts, metrics, batch));
  }

  @Incoming("verdicts")
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    return handler.consume(records);
  }

  /** Applies the verdicts; counts them once they committed, and only first deliveries. */
  private static Uni<Void> apply(
      RevisionStatusService verdicts, SubmissionMetrics metrics, List<RevisionVerdict> batch) {
    return verdicts
        .apply(batch)
        .invoke(applied -> applied.forEach(v -> metrics.judged(v.round(), v.status())))
        .replaceWithVoid();
  }

  /** The verdict of an event; poison for a type this service does not know. */
  private static RevisionVerdict decode(IncomingEvent event) {
    return switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED ->
          accepted(event, EventDecoder.decode(event.id(), event.data(), SubmissionAccepted.class));
      case EventTypes.SUBMISSION_REJECTED ->
          rejected(event, EventDecoder.decode(event.id(), event.data(), SubmissionRejected.class));
      default -> throw EventHandlers.unknownType(event, Topics.VALIDATIONS);
    };
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
