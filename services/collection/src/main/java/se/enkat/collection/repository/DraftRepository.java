package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.RoundInvitation;
import se.enkat.collection.domain.SubmissionDraft;

/** Saved drafts, one per round and organisation. */
@ApplicationScoped
public class DraftRepository
    implements PanacheRepositoryBase<SubmissionDraft, RoundInvitation.Key> {

  public Uni<SubmissionDraft> find(String round, String organisation) {
    return findById(new RoundInvitation.Key(round, organisation));
  }
}
