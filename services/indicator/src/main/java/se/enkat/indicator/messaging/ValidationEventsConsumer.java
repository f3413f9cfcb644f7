package se.enkat.indicator.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.indicator.service.VerdictService;
import se.enkat.messaging.IncomingEvent;

/** Consumes enkat.validations.v1: submission.accepted and submission.rejected. */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final VerdictService verdicts;
  private final EventDecoder decoder;

  ValidationEventsConsumer(VerdictService verdicts, EventDecoder decoder) {
    this.verdicts = verdicts;
    this.decoder = decoder;
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    // Deferred, so that a poison message fails the Uni (and goes to the DLQ) instead of throwing.
    return Uni.createFrom().deferred(() -> apply(record));
  }

  private Uni<Void> apply(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.of(record);
    switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED:
        SubmissionAccepted accepted =
            decoder.decode(event.id(), event.data(), SubmissionAccepted.class);
        EventDecoder.require(
            accepted.round() != null && accepted.organisation() != null,
            event.id(),
            "round or organisation is missing");
        EventDecoder.require(
            accepted.organisationType() != null, event.id(), "organisationType is missing");
        EventDecoder.require(
            accepted.answers() != null && accepted.answers().isObject(),
            event.id(),
            "answers must be an object");
        return Retries.untilApplied(event.id(), () -> verdicts.accepted(event.id(), accepted));
      case EventTypes.SUBMISSION_REJECTED:
        SubmissionRejected rejected =
            decoder.decode(event.id(), event.data(), SubmissionRejected.class);
        EventDecoder.require(
            rejected.round() != null && rejected.organisation() != null,
            event.id(),
            "round or organisation is missing");
        return Retries.untilApplied(event.id(), () -> verdicts.rejected(event.id(), rejected));
      default:
        return Uni.createFrom().voidItem();
    }
  }
}
