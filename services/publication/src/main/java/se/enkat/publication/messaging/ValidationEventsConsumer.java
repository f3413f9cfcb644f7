package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.IncomingEvent;
import se.enkat.publication.service.AnswerEventService;

/** Consumes enkat.validations.v1: accepted answers for the answers table, and every verdict. */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final AnswerEventService answers;
  private final EventDecoder decoder;

  ValidationEventsConsumer(AnswerEventService answers, EventDecoder decoder) {
    this.answers = answers;
    this.decoder = decoder;
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return Uni.createFrom().deferred(() -> apply(IncomingEvent.of(record)));
  }

  private Uni<Void> apply(IncomingEvent event) {
    String id = event.id();
    switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED -> {
        SubmissionAccepted data = decoder.decode(id, event.data(), SubmissionAccepted.class);
        EventDecoder.require(
            data.round() != null && data.organisation() != null, id, "round or org is missing");
        EventDecoder.require(data.organisationType() != null, id, "organisationType is missing");
        EventDecoder.require(
            data.answers() != null && data.answers().isObject(), id, "answers are missing");
        return Retries.untilApplied(id, () -> answers.accepted(id, data));
      }
      case EventTypes.SUBMISSION_REJECTED -> {
        SubmissionRejected data = decoder.decode(id, event.data(), SubmissionRejected.class);
        EventDecoder.require(
            data.round() != null && data.organisation() != null, id, "round or org is missing");
        return Retries.untilApplied(id, () -> answers.rejected(id, data));
      }
      default -> {
        return Uni.createFrom().voidItem();
      }
    }
  }
}
