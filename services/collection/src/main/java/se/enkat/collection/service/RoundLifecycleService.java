package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.domain.RoundInvitation;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.collection.rest.RoundView;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.messaging.Outbox;

/**
 * Opens and closes rounds. Each change and the event announcing it ({@code round.opened}, {@code
 * round.closed}) commit in one transaction through the outbox.
 */
@ApplicationScoped
public class RoundLifecycleService {

  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final RevisionRepository revisions;
  private final RoundViews views;
  private final QuestionnaireService questionnaires;
  private final Outbox outbox;
  private final JsonCodec json;
  private final AuditService audit;

  RoundLifecycleService(
      RoundRepository rounds,
      InvitationRepository invitations,
      RevisionRepository revisions,
      RoundViews views,
      QuestionnaireService questionnaires,
      Outbox outbox,
      JsonCodec json,
      AuditService audit) {
    this.audit = audit;
    this.rounds = rounds;
    this.invitations = invitations;
    this.revisions = revisions;
    this.views = views;
    this.questionnaires = questionnaires;
    this.outbox = outbox;
    this.json = json;
  }

  /**
   * DRAFT to OPEN: resolves the population from the register, invites it, and publishes {@code
   * round.opened} with the full questionnaire and population. 409 from any other status, or when
   * the population is empty.
   */
  @WithTransaction
  public Uni<RoundView> open(Caller caller, String id) {
    return locked(id, RoundStatus.DRAFT, "opened")
        .chain(
            round ->
                views
                    .population(round)
                    .chain(population -> invite(round, population))
                    .chain(population -> announceOpened(round, population))
                    .call(() -> audit.record(caller, id, "round.opened", null, null))
                    .map(ignored -> round))
        .map(views::view);
  }

  /**
   * OPEN to CLOSED: no submission is accepted afterwards; publishes {@code round.closed} with the
   * number of revisions the round received. 409 from any other status.
   */
  @WithTransaction
  public Uni<RoundView> close(Caller caller, String id) {
    return locked(id, RoundStatus.OPEN, "closed")
        .chain(
            round ->
                revisions
                    .countInRound(round.id)
                    .chain(
                        received -> {
                          round.status = RoundStatus.CLOSED;
                          round.closedAt = Timestamps.nowMicros();
                          return outbox.append(
                              new RoundClosed(
                                  RoundClosed.SCHEMA_VERSION, round.id, round.closedAt, received));
                        })
                    .call(() -> audit.record(caller, id, "round.closed", null, null))
                    .map(ignored -> round))
        .map(views::view);
  }

  private Uni<SurveyRound> locked(String id, RoundStatus from, String verb) {
    return rounds
        .lockForChange(id)
        .invoke(
            round -> {
              if (round == null) {
                throw ProblemException.notFound("No round has the id " + id + ".");
              }
              if (round.status != from) {
                throw ProblemException.conflict(
                    "Round "
                        + id
                        + " is "
                        + round.status
                        + "; only a "
                        + from
                        + " round can be "
                        + verb
                        + ".");
              }
            });
  }

  private Uni<List<Organisation>> invite(SurveyRound round, List<Organisation> population) {
    if (population.isEmpty()) {
      throw ProblemException.conflict(
          "Round " + round.id + " has an empty population: nobody would be invited.");
    }
    List<RoundInvitation> invited =
        population.stream().map(o -> RoundInvitation.of(round.id, o)).toList();
    return invitations.persist(invited).replaceWith(population);
  }

  private Uni<Void> announceOpened(SurveyRound round, List<Organisation> population) {
    round.status = RoundStatus.OPEN;
    round.openedAt = Timestamps.nowMicros();
    return questionnaires
        .find(round.questionnaireId, round.questionnaireVersion)
        .chain(
            questionnaire ->
                outbox.append(
                    new RoundOpened(
                        RoundOpened.SCHEMA_VERSION,
                        round.id,
                        json.read(round.title),
                        new RoundOpened.QuestionnaireRef(
                            round.questionnaireId, round.questionnaireVersion),
                        json.read(questionnaire.content),
                        population.stream()
                            .map(
                                o ->
                                    new RoundOpened.InvitedOrganisation(
                                        o.code, o.name, o.type, o.county))
                            .toList(),
                        round.opensAt,
                        round.closesAt)));
  }
}
