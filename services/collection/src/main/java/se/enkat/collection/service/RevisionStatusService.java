package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.messaging.ProcessedEvents;

/**
 * Applies the validation service's verdicts to the revision they judge. Each revision has its own
 * status, so a late verdict on an older revision never changes a newer one; a redelivered verdict
 * changes nothing (its event id is recorded in the same transaction).
 */
@ApplicationScoped
public class RevisionStatusService {

  static final String CONSUMER = "collection.verdicts";
  private static final Logger LOG = Logger.getLogger(RevisionStatusService.class);

  private final ProcessedEvents processed;
  private final RevisionRepository revisions;
  private final JsonCodec json;

  RevisionStatusService(ProcessedEvents processed, RevisionRepository revisions, JsonCodec json) {
    this.processed = processed;
    this.revisions = revisions;
    this.json = json;
  }

  /** A verdict on one revision, decoded from submission.accepted or submission.rejected. */
  public record RevisionVerdict(
      String eventId,
      String round,
      String organisation,
      int revision,
      SubmissionStatus status,
      List<?> violations,
      OffsetDateTime validatedAt) {}

  /** Emits true when the verdict was applied, false for a redelivery (it changes nothing). */
  @WithTransaction
  public Uni<Boolean> apply(RevisionVerdict verdict) {
    return processed
        .firstDelivery(CONSUMER, verdict.eventId())
        .chain(first -> first ? update(verdict).replaceWith(true) : Uni.createFrom().item(false));
  }

  private Uni<Void> update(RevisionVerdict verdict) {
    return revisions
        .find(verdict.round(), verdict.organisation(), verdict.revision())
        .invoke(
            revision -> {
              if (revision == null) {
                throw new PoisonMessageException(
                    "verdict "
                        + verdict.eventId()
                        + " judges an unknown revision "
                        + verdict.round()
                        + "/"
                        + verdict.organisation()
                        + "/"
                        + verdict.revision());
              }
              revision.status = verdict.status();
              JsonNode violations = json.mapper().valueToTree(verdict.violations());
              revision.violations = json.write(violations);
              revision.validatedAt =
                  verdict.validatedAt() == null
                      ? OffsetDateTime.now(ZoneOffset.UTC)
                      : verdict.validatedAt();
              LOG.debugf(
                  "revision %s/%s/%d is %s",
                  verdict.round(), verdict.organisation(), verdict.revision(), verdict.status());
            })
        .replaceWithVoid();
  }
}
