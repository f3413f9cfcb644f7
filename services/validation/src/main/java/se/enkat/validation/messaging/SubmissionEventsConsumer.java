package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.common.events.Topics;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.consumer.BatchHandler;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.validation.service.ReceivedSubmission;
import se.enkat.validation.service.SubmissionValidationService;

/**
 * Consumes enkat.submissions.v1 a batch at a time (the channel is configured with {@code
 * batch=true}): one transaction per batch instead of one per submission. The offsets are
 * acknowledged only after the batch's transaction committed. Poison records of a batch go to
 * enkat.submissions.v1.dlq with the reason in the {@code dead-letter-reason} header before the rest
 * is applied; a batch that keeps failing is applied one submission at a time, so only the one at
 * fault is set aside.
 */
@ApplicationScoped
public class SubmissionEventsConsumer {

  private final BatchHandler<ReceivedSubmission> handler;

  SubmissionEventsConsumer(EventConsumers kit, SubmissionValidationService submissions) {
    this.handler =
        kit.batch("validation.submissions", SubmissionEventsConsumer::decode, submissions::apply);
  }

  @Incoming("submissions")
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    return handler.consume(records);
  }

  /** The submission of an event; poison for a type this service does not know. */
  private static ReceivedSubmission decode(IncomingEvent event) {
    if (!EventTypes.SUBMISSION_RECEIVED.equals(event.type())) {
      throw EventHandlers.unknownType(event, Topics.SUBMISSIONS);
    }
    return new ReceivedSubmission(
        event.id(),
        EventDecoder.decode(event.id(), event.data(), SubmissionReceived.class),
        event.data());
  }
}
