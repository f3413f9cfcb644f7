package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.collection.domain.SubmissionRevision;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.collection.rest.SubmissionBody;
import se.enkat.collection.rest.SubmissionViews.CheckResult;
import se.enkat.collection.rest.SubmissionViews.RevisionView;
import se.enkat.collection.rest.SubmissionViews.ViolationView;
import se.enkat.common.problem.ProblemException;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.Evaluation;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.eval.ViolationTexts;
import se.enkat.questionnaire.model.LocalizedText;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * What a respondent reads about its answers besides storing them: the verdict on a draft without
 * storing anything ("check my answers", the validation service's engine and rules), every revision
 * with the one that counts, and violations with their texts in Swedish and English.
 */
@ApplicationScoped
public class AnswerReviewService {

  private final SubmissionAccess access;
  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final RevisionRepository revisions;
  private final QuestionnaireService questionnaires;
  private final JsonCodec json;

  AnswerReviewService(
      SubmissionAccess access,
      RoundRepository rounds,
      InvitationRepository invitations,
      RevisionRepository revisions,
      QuestionnaireService questionnaires,
      JsonCodec json) {
    this.access = access;
    this.rounds = rounds;
    this.invitations = invitations;
    this.revisions = revisions;
    this.questionnaires = questionnaires;
    this.json = json;
  }

  /**
   * Evaluates {answers, comments?} as the validation service would judge them as a submission of
   * this organisation, and stores nothing: {violations, visible}.
   */
  @WithSession
  public Uni<CheckResult> check(
      Caller caller, String round, String organisation, SubmissionBody request) {
    caller.requireActFor(organisation);
    SubmissionBody body = SubmissionBody.checked(request);
    return access
        .requireInvited(caller, round, organisation)
        .chain(() -> invitations.find(round, organisation))
        .chain(
            invitation ->
                compiled(round)
                    .map(
                        questionnaire -> {
                          Organisation org =
                              new Organisation(
                                  organisation,
                                  OrganisationType.valueOf(invitation.type),
                                  invitation.county);
                          Evaluation evaluation = questionnaire.evaluate(org, body.answers());
                          List<ViolationView> violations =
                              evaluation.violations().stream()
                                  .map(
                                      v ->
                                          new ViolationView(
                                              v.question(),
                                              v.code().code(),
                                              v.message(),
                                              text(v.code().code(), v.question(), questionnaire)))
                                  .toList();
                          return new CheckResult(violations, evaluation.visible());
                        }));
  }

  /** Every revision, newest first; {@code counts} marks the latest accepted one. */
  @WithSession
  public Uni<List<RevisionView>> revisions(Caller caller, String round, String organisation) {
    caller.requireActFor(organisation);
    return access
        .requireInvited(caller, round, organisation)
        .chain(() -> revisions.all(round, organisation))
        .chain(
            all ->
                compiled(round)
                    .map(
                        questionnaire -> {
                          int counting =
                              all.stream()
                                  .filter(r -> r.status == SubmissionStatus.ACCEPTED)
                                  .mapToInt(r -> r.revision)
                                  .max()
                                  .orElse(0);
                          return all.stream()
                              .map(r -> view(r, r.revision == counting, questionnaire))
                              .toList();
                        }));
  }

  /** The round's questionnaire, compiled once per version. */
  Uni<CompiledQuestionnaire> compiled(String round) {
    return rounds
        .findById(round)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No round has the id " + round + "."))
        .chain(found -> questionnaires.find(found.questionnaireId, found.questionnaireVersion))
        .map(questionnaires::compiled);
  }

  /** Stored violations {question, code, message} with {@code text: {sv, en}} added to each. */
  JsonNode withTexts(JsonNode stored, CompiledQuestionnaire questionnaire) {
    ArrayNode result = json.mapper().createArrayNode();
    if (stored == null || !stored.isArray()) {
      return result;
    }
    for (JsonNode violation : stored) {
      ObjectNode copy = violation.deepCopy();
      var text =
          text(
              violation.path("code").asText(""),
              violation.path("question").asText(null),
              questionnaire);
      copy.set("text", QuestionnaireJson.mapper().valueToTree(text));
      result.add(copy);
    }
    return result;
  }

  /** The violation's text {sv, en}, naming its question when the questionnaire has it. */
  private static LocalizedText text(
      String code, String question, CompiledQuestionnaire questionnaire) {
    return ViolationTexts.of(
        code, question == null ? null : questionnaire.question(question).orElse(null));
  }

  private RevisionView view(
      SubmissionRevision r, boolean counts, CompiledQuestionnaire questionnaire) {
    return new RevisionView(
        r.revision,
        r.status.name(),
        withTexts(r.violations == null ? null : json.read(r.violations), questionnaire),
        json.read(r.answers),
        json.read(r.comments),
        r.submittedAt,
        r.validatedAt,
        counts,
        r.onBehalf,
        r.submittedBy);
  }
}
