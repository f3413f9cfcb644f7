package se.enkat.indicator.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.indicator.service.AnswerCountingService;
import se.enkat.indicator.service.ConsumedVerdict;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.consumer.BatchHandler;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.messaging.consumer.EventHandlers;

/**
 * Consumes enkat.validations.v1 (submission.accepted and submission.rejected) a batch at a time
 * (the channel is configured with {@code batch=true}): one transaction per batch instead of one per
 * event is what lets values keep up with thousands of answer sets a second. Poison records of a
 * batch go to the dead-letter topic with the reason before the rest is applied; a batch that keeps
 * failing is applied one verdict at a time, so only the verdict at fault is set aside.
 */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final BatchHandler<ConsumedVerdict> handler;

  ValidationEventsConsumer(EventConsumers kit, AnswerCountingService verdicts) {
    this.handler =
        kit.batch(
            "indicator.validations", event -> decode(event, Topics.VALIDATIONS), verdicts::apply);
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    return handler.consume(records);
  }

  /** The verdict of an event; poison for a type this service does not know. */
  private static ConsumedVerdict decode(IncomingEvent event, String topic) {
    return switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED ->
          ConsumedVerdict.accepted(
              event.id(), EventDecoder.decode(event.id(), event.data(), SubmissionAccepted.class));
      case EventTypes.SUBMISSION_REJECTED ->
          ConsumedVerdict.rejected(
              event.id(), EventDecoder.decode(event.id(), event.data(), SubmissionRejected.class));
      default -> throw EventHandlers.unknownType(event, topic);
    };
  }
}
