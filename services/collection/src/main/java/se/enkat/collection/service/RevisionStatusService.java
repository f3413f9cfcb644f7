package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import se.enkat.collection.domain.SubmissionRevision;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.collection.repository.RevisionRepository.StatusUpdate;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.messaging.ProcessedEvents;

/**
 * Applies the validation service's verdicts to the revision they judge, a batch at a time. Each
 * revision has its own status, so a late verdict on an older revision never changes a newer one; a
 * redelivered verdict changes nothing (its event id is recorded in the same transaction). Applying
 * a batch gives exactly what applying its verdicts one by one gives.
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
      OffsetDateTime validatedAt) {

    SubmissionRevision.Key key() {
      return new SubmissionRevision.Key(round, organisation, revision);
    }
  }

  /**
   * Applies a batch of verdicts in one transaction; emits those applied, in batch order (a
   * redelivery, or the second of two equal event ids, is left out: it changes nothing). A verdict
   * on a revision that does not exist is poison: the batch fails and is applied one by one.
   */
  @WithTransaction
  public Uni<List<RevisionVerdict>> apply(List<RevisionVerdict> batch) {
    return processed
        .firstDeliveriesOf(CONSUMER, batch, RevisionVerdict::eventId)
        .chain(first -> update(first).replaceWith(first));
  }

  private Uni<Void> update(List<RevisionVerdict> verdicts) {
    // One update per revision: of two verdicts on one revision the later one stands, as it would
    // applied one after the other.
    Map<SubmissionRevision.Key, StatusUpdate> updates = new LinkedHashMap<>();
    for (RevisionVerdict v : verdicts) {
      updates.remove(v.key());
      updates.put(v.key(), statusUpdate(v));
    }
    return revisions
        .updateStatuses(List.copyOf(updates.values()))
        .invoke(updated -> refuseUnknown(verdicts, updated))
        .replaceWithVoid();
  }

  private StatusUpdate statusUpdate(RevisionVerdict verdict) {
    return new StatusUpdate(
        verdict.key(),
        verdict.status(),
        json.write(json.mapper().valueToTree(verdict.violations())),
        verdict.validatedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : verdict.validatedAt());
  }

  private static void refuseUnknown(
      List<RevisionVerdict> verdicts, Set<SubmissionRevision.Key> updated) {
    for (RevisionVerdict verdict : verdicts) {
      if (!updated.contains(verdict.key())) {
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
      LOG.debugf(
          "revision %s/%s/%d is %s",
          verdict.round(), verdict.organisation(), verdict.revision(), verdict.status());
    }
  }
}
