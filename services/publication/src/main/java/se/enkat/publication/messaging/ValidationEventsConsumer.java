package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.consumer.BatchHandler;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.publication.service.AnswerEventService;
import se.enkat.publication.service.ConsumedVerdict;

/**
 * Consumes enkat.validations.v1 (accepted answers for the answers table, and every verdict) a batch
 * at a time (the channel is configured with {@code batch=true}), one transaction per batch. Poison
 * records of a batch go to the dead-letter topic with the reason before the rest is applied; a
 * batch that keeps failing is applied one verdict at a time, so only the verdict at fault is set
 * aside.
 */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final BatchHandler<ConsumedVerdict> handler;

  ValidationEventsConsumer(EventConsumers kit, AnswerEventService answers) {
    this.handler =
        kit.batch("publication.validations", ValidationEventsConsumer::decode, answers::apply);
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    return handler.consume(records);
  }

  /** The verdict of an event; poison for a type this service does not know. */
  private static ConsumedVerdict decode(IncomingEvent event) {
    return switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED ->
          ConsumedVerdict.accepted(
              event.id(), EventDecoder.decode(event.id(), event.data(), SubmissionAccepted.class));
      case EventTypes.SUBMISSION_REJECTED -> {
        SubmissionRejected data =
            EventDecoder.decode(event.id(), event.data(), SubmissionRejected.class);
        yield ConsumedVerdict.rejected(
            event.id(), data.round(), data.organisation(), data.revision());
      }
      default -> throw EventHandlers.unknownType(event, Topics.VALIDATIONS);
    };
  }
}
