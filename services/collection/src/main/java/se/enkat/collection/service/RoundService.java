package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.OrganisationRepository;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.collection.rest.NewRound;
import se.enkat.collection.rest.RoundView;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.model.OrganisationType;

/** Creates survey rounds and shows them to administrators and invited respondents. */
@ApplicationScoped
public class RoundService {

  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final OrganisationRepository organisations;
  private final QuestionnaireService questionnaires;
  private final RoundViews views;
  private final JsonCodec json;

  private final AuditService audit;

  RoundService(
      RoundRepository rounds,
      InvitationRepository invitations,
      OrganisationRepository organisations,
      QuestionnaireService questionnaires,
      RoundViews views,
      JsonCodec json,
      AuditService audit) {
    this.audit = audit;
    this.rounds = rounds;
    this.invitations = invitations;
    this.organisations = organisations;
    this.questionnaires = questionnaires;
    this.views = views;
    this.json = json;
  }

  /** Creates a DRAFT round: 400 for a bad request, 409 when the id is taken. */
  @WithTransaction
  public Uni<RoundView> create(Caller caller, NewRound request) {
    List<Problem.Violation> violations = new ArrayList<>(RoundRules.check(request));
    return questionnaires
        .find(request.questionnaire().id(), request.questionnaire().version())
        .invoke(
            found -> {
              if (found == null) {
                violations.add(
                    new Problem.Violation(
                        "questionnaire", "no such questionnaire id and version was uploaded"));
              }
            })
        .chain(found -> unknownCodes(request.population()))
        .invoke(
            unknown -> {
              if (!unknown.isEmpty()) {
                violations.add(
                    new Problem.Violation(
                        "population.organisations", "unknown organisation codes: " + unknown));
              }
              if (!violations.isEmpty()) {
                throw ProblemException.invalid("The round is not valid.", violations);
              }
            })
        .chain(ignored -> rounds.findById(request.id()))
        .chain(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict("A round with id " + request.id() + " exists.");
              }
              return rounds.persist(newRound(request));
            })
        .call(round -> audit.record(caller, round.id, "round.created", null, null))
        .map(views::view);
  }

  /** A round: administrators see any; a respondent only one its organisation is invited to. */
  @WithSession
  public Uni<RoundView> get(Caller caller, String id) {
    return existing(id)
        .call(round -> requireInvited(caller, round))
        .chain(round -> views.full(round, caller));
  }

  /** Rounds, optionally of one status: all for administrators, invited ones for respondents. */
  @WithSession
  public Uni<List<RoundView>> list(Caller caller, String status) {
    RoundStatus wanted = status == null ? null : parseStatus(status);
    Uni<List<SurveyRound>> found =
        caller.admin()
            ? rounds.all(wanted)
            : rounds.invitedTo(caller.requireOrganisation(), wanted);
    // one after the other: a reactive session runs one query at a time
    return found.chain(
        list ->
            Multi.createFrom()
                .iterable(list)
                .onItem()
                .transformToUniAndConcatenate(round -> views.full(round, caller))
                .collect()
                .asList());
  }

  /**
   * The questionnaire as the caller's organisation sees it: only the questions that apply to its
   * type. An administrator gets every question, or those of {@code type} when given.
   */
  @WithSession
  public Uni<JsonNode> questionnaireFor(Caller caller, String id, String type) {
    if (caller.admin() && type != null && OrganisationType.fromName(type).isEmpty()) {
      throw ProblemException.invalid("type", "must be one of REGION, MUNICIPALITY, CITY_DISTRICT");
    }
    return existing(id)
        .chain(
            round ->
                organisationType(caller, round, type)
                    .chain(
                        orgType ->
                            questionnaires
                                .find(round.questionnaireId, round.questionnaireVersion)
                                .map(questionnaires::compiled)
                                .map(
                                    compiled ->
                                        orgType == null
                                            ? compiled.questionnaire()
                                            : compiled.forType(orgType))))
        .map(q -> (JsonNode) QuestionnaireJson.mapper().valueToTree(q));
  }

  private Uni<OrganisationType> organisationType(Caller caller, SurveyRound round, String type) {
    if (caller.admin()) {
      return Uni.createFrom().item(type == null ? null : OrganisationType.valueOf(type));
    }
    return requireInvited(caller, round)
        .chain(() -> invitations.find(round.id, caller.organisation()))
        .map(invitation -> OrganisationType.valueOf(invitation.type));
  }

  /** The round, or 404. */
  Uni<SurveyRound> existing(String id) {
    return rounds
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No round has the id " + id + "."));
  }

  private Uni<Void> requireInvited(Caller caller, SurveyRound round) {
    if (caller.admin()) {
      return Uni.createFrom().voidItem();
    }
    String organisation = caller.requireOrganisation();
    return invitations
        .find(round.id, organisation)
        .invoke(
            invitation -> {
              if (invitation == null) {
                throw ProblemException.forbidden(
                    "Organisation " + organisation + " is not invited to round " + round.id + ".");
              }
            })
        .replaceWithVoid();
  }

  private Uni<Set<String>> unknownCodes(NewRound.Population population) {
    if (population.organisations() == null || population.organisations().isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    Set<String> wanted = new LinkedHashSet<>(population.organisations());
    wanted.remove(null);
    return organisations
        .withCodes(wanted)
        .map(
            found -> {
              Set<String> unknown = new LinkedHashSet<>(wanted);
              found.stream().map(o -> o.code).forEach(unknown::remove);
              return unknown;
            });
  }

  private SurveyRound newRound(NewRound request) {
    SurveyRound round = new SurveyRound();
    round.id = request.id();
    round.title = json.write(request.title());
    round.questionnaireId = request.questionnaire().id();
    round.questionnaireVersion = request.questionnaire().version();
    round.population = json.write(population(request.population()));
    round.opensAt = request.opensAt();
    round.closesAt = request.closesAt();
    round.autoOpen = request.schedule() != null && request.schedule().opens();
    round.autoClose = request.schedule() != null && request.schedule().closes();
    round.status = RoundStatus.DRAFT;
    round.createdAt = Timestamps.nowMicros();
    return round;
  }

  /** The population as stored: one key, duplicates removed, order kept. */
  private ObjectNode population(NewRound.Population population) {
    ObjectNode node = json.mapper().createObjectNode();
    if (population.types() != null) {
      population.types().stream().distinct().forEach(node.putArray("types")::add);
    } else {
      population.organisations().stream().distinct().forEach(node.putArray("organisations")::add);
    }
    return node;
  }

  static RoundStatus parseStatus(String status) {
    try {
      return RoundStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("status", "must be one of DRAFT, OPEN, CLOSED");
    }
  }
}
