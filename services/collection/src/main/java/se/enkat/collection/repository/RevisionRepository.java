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

  /**
   * What a submit needs to know in one query: the number the next revision gets (1 for the first)
   * and the revision that already used the Idempotency-Key (null when none did).
   */
  public Uni<Numbers> numbers(String round, String organisation, String key) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "select coalesce(max(r.revision), 0) + 1,"
                            + " max(case when r.idempotencyKey = ?3 then r.revision end)"
                            + " from SubmissionRevision r"
                            + " where r.roundId = ?1 and r.organisationCode = ?2",
                        Object[].class)
                    .setParameter(1, round)
                    .setParameter(2, organisation)
                    .setParameter(3, key)
                    .getSingleResult())
        .map(row -> new Numbers(((Number) row[0]).intValue(), (Integer) row[1]));
  }

  /** The next revision's number, and the one that used the Idempotency-Key (or null). */
  public record Numbers(int next, Integer withKey) {}

  public Uni<Long> countInRound(String round) {
    return count("roundId", round);
  }
}
