package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import se.enkat.collection.domain.RoundInvitation;
import se.enkat.messaging.sql.NativeSql;

/** The resolved populations of opened rounds. */
@ApplicationScoped
public class InvitationRepository
    implements PanacheRepositoryBase<RoundInvitation, RoundInvitation.Key> {

  public Uni<RoundInvitation> find(String round, String organisation) {
    return findById(new RoundInvitation.Key(round, organisation));
  }

  /**
   * Locks the organisation's invitation until the transaction ends (submissions of one organisation
   * in one round queue up here, so revision numbers and idempotency checks never race) and reads,
   * in the same statement, the last day it may submit: the later of the round's closing date and
   * its latest extension. Null when the organisation is not invited.
   *
   * <p>Call it with the round's lock held ({@link RoundRepository#lockForSubmission}): extensions
   * take the round's row exclusively, so none commits while this transaction runs, and the date
   * read here is the one a later statement would read.
   */
  public Uni<Invited> lockForSubmission(String round, String organisation) {
    return NativeSql.first(LOCK_FOR_SUBMISSION, round, organisation)
        .map(row -> row == null ? null : new Invited(ExtensionRepository.date(row[1])));
  }

  /** An invitation locked for a submission, with the last day the organisation may submit. */
  public record Invited(LocalDate closesAt) {}

  // "for no key update" is what Hibernate's PESSIMISTIC_WRITE takes on PostgreSQL.
  private static final String LOCK_FOR_SUBMISSION =
      "select i.organisation_code, greatest(r.closes_at, (select e.closes_at from round_extension e"
          + " where e.round_id = r.id and e.organisation_code = i.organisation_code"
          + " order by e.id desc limit 1))"
          + " from round_invitation i join survey_round r on r.id = i.round_id"
          + " where i.round_id = ?1 and i.organisation_code = ?2 for no key update of i";

  public Uni<List<RoundInvitation>> ofRound(String round) {
    return list("roundId", Sort.by("organisationCode"), round);
  }
}
