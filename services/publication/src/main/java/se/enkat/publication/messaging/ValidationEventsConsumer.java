package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.publication.service.AnswerEventService;

/** Consumes enkat.validations.v1: accepted answers for the answers table, and every verdict. */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final EventHandlers handlers;

  ValidationEventsConsumer(EventConsumers kit, AnswerEventService answers) {
    this.handlers =
        kit.handlers("publication.validations")
            .on(
                EventTypes.SUBMISSION_ACCEPTED,
                SubmissionAccepted.class,
                (event, data) -> answers.accepted(event.id(), data))
            .on(
                EventTypes.SUBMISSION_REJECTED,
                SubmissionRejected.class,
                (event, data) -> answers.rejected(event.id(), data));
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
