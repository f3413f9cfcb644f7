package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.SubmissionRevision;

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
  public Uni<java.util.List<SubmissionRevision>> all(String round, String organisation) {
    return find(
            "roundId = ?1 and organisationCode = ?2",
            Sort.descending("revision"),
            round,
            organisation)
        .list();
  }

  public Uni<SubmissionRevision> withIdempotencyKey(String round, String organisation, String key) {
    return find(
            "roundId = ?1 and organisationCode = ?2 and idempotencyKey = ?3",
            round,
            organisation,
            key)
        .firstResult();
  }

  /** The number the next revision gets: 1 for the first. */
  public Uni<Integer> nextRevision(String round, String organisation) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "select coalesce(max(r.revision), 0) + 1 from SubmissionRevision r"
                            + " where r.roundId = ?1 and r.organisationCode = ?2",
                        Integer.class)
                    .setParameter(1, round)
                    .setParameter(2, organisation)
                    .getSingleResult());
  }

  public Uni<Long> countInRound(String round) {
    return count("roundId", round);
  }
}
