package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.validation.config.ValidationConfig;
import se.enkat.validation.service.SubmissionService;

/**
 * Consumes enkat.submissions.v1. The offset is acknowledged only after the returned Uni completes,
 * that is after the verdict's transaction committed; a poison message fails it and goes to
 * enkat.submissions.v1.dlq with the reason in the {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class SubmissionConsumer {

  private final SubmissionService submissions;
  private final RetryPolicy retry;

  SubmissionConsumer(SubmissionService submissions, ValidationConfig config) {
    this.submissions = submissions;
    this.retry =
        new RetryPolicy(
            config.retry().initialBackoff(),
            config.retry().maxBackoff(),
            config.retry().unexpectedAttempts());
  }

  @Incoming("submissions")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return retry.run(() -> apply(record));
  }

  private Uni<Void> apply(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.of(record);
    if (!EventTypes.SUBMISSION_RECEIVED.equals(event.type())) {
      throw new PoisonMessageException(
          "event " + event.id() + ": unknown type " + event.type() + " on " + record.topic());
    }
    SubmissionReceived submission = EventDecoder.submissionReceived(event);
    return submissions.receive(event.id(), submission, event.data());
  }
}
