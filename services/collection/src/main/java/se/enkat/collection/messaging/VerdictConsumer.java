package se.enkat.collection.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.service.VerdictService;
import se.enkat.collection.service.VerdictService.Verdict;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.PoisonMessageException;

/**
 * Consumes verdicts from enkat.validations.v1 and applies them to the judged revision. Poison
 * messages (no CloudEvents id/type, undecodable data, an unknown revision) fail the message, which
 * sends it to enkat.validations.v1.dlq; anything else (database down) is retried in place.
 */
@ApplicationScoped
public class VerdictConsumer {

  private static final Logger LOG = Logger.getLogger(VerdictConsumer.class);

  private final VerdictService verdicts;
  private final ObjectMapper mapper;

  VerdictConsumer(VerdictService verdicts, ObjectMapper mapper) {
    this.verdicts = verdicts;
    this.mapper = mapper;
  }

  @Incoming("verdicts")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return Uni.createFrom()
        .item(() -> decode(IncomingEvent.of(record)))
        .chain(
            verdict ->
                verdict == null
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().deferred(() -> verdicts.apply(verdict)))
        .onFailure(e -> !(e instanceof PoisonMessageException))
        .invoke(e -> LOG.warnf("Applying a verdict failed, retrying: %s", e.getMessage()))
        .onFailure(e -> !(e instanceof PoisonMessageException))
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
        .indefinitely();
  }

  /** The verdict in the event, or null for an event type this service does not apply. */
  private Verdict decode(IncomingEvent event) {
    try {
      return switch (event.type()) {
        case EventTypes.SUBMISSION_ACCEPTED -> {
          SubmissionAccepted data = mapper.readValue(event.data(), SubmissionAccepted.class);
          yield new Verdict(
              event.id(),
              required(data.round()),
              required(data.organisation()),
              data.revision(),
              SubmissionStatus.ACCEPTED,
              List.of(),
              data.validatedAt());
        }
        case EventTypes.SUBMISSION_REJECTED -> {
          SubmissionRejected data = mapper.readValue(event.data(), SubmissionRejected.class);
          yield new Verdict(
              event.id(),
              required(data.round()),
              required(data.organisation()),
              data.revision(),
              SubmissionStatus.REJECTED,
              data.violations() == null ? List.of() : data.violations(),
              data.validatedAt());
        }
        default -> {
          LOG.debugf("Ignoring event %s of type %s", event.id(), event.type());
          yield null;
        }
      };
    } catch (Exception e) {
      throw new PoisonMessageException("event " + event.id() + " has undecodable data", e);
    }
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("round and organisation are required");
    }
    return value;
  }
}
