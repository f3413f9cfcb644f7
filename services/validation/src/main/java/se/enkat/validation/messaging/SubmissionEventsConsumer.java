package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.validation.service.SubmissionValidationService;

/**
 * Consumes enkat.submissions.v1. The offset is acknowledged only after the returned Uni completes,
 * that is after the verdict's transaction committed; a poison message fails it and goes to
 * enkat.submissions.v1.dlq with the reason in the {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class SubmissionEventsConsumer {

  private final EventHandlers handlers;

  SubmissionEventsConsumer(EventConsumers kit, SubmissionValidationService submissions) {
    this.handlers =
        kit.handlers("validation.submissions")
            .on(
                EventTypes.SUBMISSION_RECEIVED,
                SubmissionReceived.class,
                (event, data) -> submissions.receive(event.id(), data, event.data()));
  }

  @Incoming("submissions")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
