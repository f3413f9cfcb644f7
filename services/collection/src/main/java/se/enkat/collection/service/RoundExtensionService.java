package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import se.enkat.collection.domain.Extension;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.ExtensionRepository;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.collection.rest.RoundView;
import se.enkat.common.problem.ProblemException;

/**
 * Extends a round's closing date, for the whole round or for one invited organisation. An extension
 * only moves the date later; a closed round cannot be extended (it would have to be reopened, which
 * the lifecycle does not allow).
 */
@ApplicationScoped
public class RoundExtensionService {

  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final ExtensionRepository extensions;
  private final RoundViews views;
  private final AuditService audit;

  RoundExtensionService(
      RoundRepository rounds,
      InvitationRepository invitations,
      ExtensionRepository extensions,
      RoundViews views,
      AuditService audit) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.extensions = extensions;
    this.views = views;
    this.audit = audit;
  }

  /** What an administrator asks for: a new closing date, for one organisation or the round. */
  public record Extension(LocalDate closesAt, String organisation) {}

  @WithTransaction
  public Uni<RoundView> extend(Caller caller, String id, Extension request) {
    if (request == null || request.closesAt() == null) {
      throw ProblemException.invalid("closesAt", "is required (YYYY-MM-DD)");
    }
    String organisation =
        request.organisation() == null || request.organisation().isBlank()
            ? null
            : request.organisation().trim();
    return rounds
        .lockForChange(id)
        .invoke(round -> requireExtendable(id, round))
        .call(
            round ->
                organisation == null ? Uni.createFrom().voidItem() : invited(round, organisation))
        .call(round -> requireLater(round, organisation, request.closesAt()))
        .call(
            round -> {
              if (organisation == null) {
                round.closesAt = request.closesAt();
              }
              return extensions.add(id, organisation, request.closesAt(), caller.actor());
            })
        .call(
            round ->
                audit.record(
                    caller, id, "round.extended", organisation, "closesAt " + request.closesAt()))
        .chain(round -> views.full(round, caller));
  }

  private static void requireExtendable(String id, SurveyRound round) {
    if (round == null) {
      throw ProblemException.notFound("No round has the id " + id + ".");
    }
    if (round.status == RoundStatus.CLOSED) {
      throw ProblemException.conflict("Round " + id + " is CLOSED: its dates no longer change.");
    }
  }

  /** The organisation must be in the population: invited when open, named by it in a DRAFT. */
  private Uni<Void> invited(SurveyRound round, String organisation) {
    Uni<Boolean> found =
        round.status == RoundStatus.OPEN
            ? invitations.find(round.id, organisation).map(i -> i != null)
            : views
                .population(round)
                .map(population -> population.stream().anyMatch(o -> o.code.equals(organisation)));
    return found
        .invoke(
            yes -> {
              if (!yes) {
                throw ProblemException.invalid(
                    "organisation",
                    "organisation "
                        + organisation
                        + " is not in the population of round "
                        + round.id);
              }
            })
        .replaceWithVoid();
  }

  private Uni<Void> requireLater(SurveyRound round, String organisation, LocalDate closesAt) {
    Uni<LocalDate> current =
        organisation == null
            ? Uni.createFrom().item(round.closesAt)
            : rounds.closesAtFor(round.id, organisation);
    return current
        .invoke(
            date -> {
              if (!closesAt.isAfter(date)) {
                throw ProblemException.invalid(
                    "closesAt",
                    "an extension must be later than the closing date that applies now, " + date);
              }
            })
        .replaceWithVoid();
  }
}
