package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import se.enkat.collection.domain.RoundInvitation;

/** The resolved populations of opened rounds. */
@ApplicationScoped
public class InvitationRepository
    implements PanacheRepositoryBase<RoundInvitation, RoundInvitation.Key> {

  public Uni<RoundInvitation> find(String round, String organisation) {
    return findById(new RoundInvitation.Key(round, organisation));
  }

  /**
   * Reads the invitation and locks it until the transaction ends: submissions of one organisation
   * in one round queue up here, so revision numbers and idempotency checks never race.
   */
  public Uni<RoundInvitation> lock(String round, String organisation) {
    return findById(new RoundInvitation.Key(round, organisation), LockModeType.PESSIMISTIC_WRITE);
  }

  public Uni<List<RoundInvitation>> ofRound(String round) {
    return list("roundId", Sort.by("organisationCode"), round);
  }
}
