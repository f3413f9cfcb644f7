package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.enkat.collection.domain.SubmissionRevision;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.messaging.sql.NativeSql;

/** Submitted revisions. */
@ApplicationScoped
public class RevisionRepository
    implements PanacheRepositoryBase<SubmissionRevision, SubmissionRevision.Key> {

  public Uni<SubmissionRevision> find(String round, String organisation, int revision) {
    return findById(new SubmissionRevision.Key(round, organisation, revision));
  }

  /** The newest revision, or null when the organisation has not submitted. */
  public Uni<SubmissionRevision> latest(String round, String organisation) {
    return find(
            "roundId = ?1 and organisationCode = ?2",
            Sort.descending("revision"),
            round,
            organisation)
        .firstResult();
  }

  /** Every revision of an organisation in a round, newest first. */
  public Uni<List<SubmissionRevision>> all(String round, String organisation) {
    return find(
            "roundId = ?1 and organisationCode = ?2",
            Sort.descending("revision"),
            round,
            organisation)
        .list();
  }

  public Uni<Long> countInRound(String round) {
    return count("roundId", round);
  }

  /** A verdict's effect on one revision: its status, violations (JSON array) and time. */
  public record StatusUpdate(
      SubmissionRevision.Key revision,
      SubmissionStatus status,
      String violations,
      OffsetDateTime validatedAt) {}

  private static final String UPDATE_STATUSES =
      "update submission_revision r set status = v.status, violations = v.violations,"
          + " validated_at = v.validated_at from (values";
  private static final String STATUS_ROW =
      "(cast(? as text), cast(? as text), cast(? as integer), cast(? as text), cast(? as text),"
          + " cast(? as timestamptz))";
  private static final String STATUS_JOIN =
      ") as v (round_id, organisation_code, revision, status, violations, validated_at)"
          + " where r.round_id = v.round_id and r.organisation_code = v.organisation_code"
          + " and r.revision = v.revision"
          + " returning r.round_id, r.organisation_code, r.revision";

  /**
   * Sets the status of many revisions with one statement per chunk (at most one update per
   * revision); emits the revisions that exist and were updated.
   */
  public Uni<Set<SubmissionRevision.Key>> updateStatuses(List<StatusUpdate> updates) {
    if (updates.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    List<Object[]> rows =
        updates.stream()
            .map(
                u ->
                    new Object[] {
                      u.revision().roundId(),
                      u.revision().organisationCode(),
                      u.revision().revision(),
                      u.status().name(),
                      u.violations(),
                      u.validatedAt()
                    })
            .toList();
    return NativeSql.valuesReturning(UPDATE_STATUSES, STATUS_ROW, STATUS_JOIN, rows)
        .map(
            updated ->
                updated.stream()
                    .map(
                        r ->
                            new SubmissionRevision.Key(
                                (String) r[0], (String) r[1], ((Number) r[2]).intValue()))
                    .collect(Collectors.toSet()));
  }
}
