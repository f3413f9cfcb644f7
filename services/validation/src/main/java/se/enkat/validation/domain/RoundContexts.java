package se.enkat.validation.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.InvalidQuestionnaireException;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/** Builds a {@link RoundContext} from what round.opened carries: compiles the questionnaire. */
public final class RoundContexts {

  // The questionnaire was checked strictly when it was uploaded; fields a later producer adds
  // beside it (metadata) must not make its rounds unusable here.
  private static final ObjectMapper LENIENT =
      QuestionnaireJson.mapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RoundContexts() {}

  /** One population row as announced: the type still a string, as on the wire. */
  public record AnnouncedMember(String code, String type, String county) {}

  /**
   * Compiles the questionnaire and resolves the population.
   *
   * @throws InvalidRoundException when the questionnaire cannot be read or compiled, or a member
   *     has no code or an unknown type
   */
  public static RoundContext build(
      String round, QuestionnaireRef ref, JsonNode questionnaire, List<AnnouncedMember> members) {
    return new RoundContext(round, ref, compile(round, questionnaire), population(round, members));
  }

  private static CompiledQuestionnaire compile(String round, JsonNode json) {
    Questionnaire questionnaire;
    try {
      questionnaire = LENIENT.treeToValue(json, Questionnaire.class);
    } catch (Exception e) {
      throw new InvalidRoundException(
          "round " + round + ": questionnaire is not readable: " + e.getMessage(), e);
    }
    try {
      return CompiledQuestionnaire.compile(questionnaire);
    } catch (InvalidQuestionnaireException | IllegalStateException e) {
      throw new InvalidRoundException(
          "round " + round + ": questionnaire does not compile: " + e.getMessage(), e);
    }
  }

  private static Map<String, Member> population(String round, List<AnnouncedMember> members) {
    Map<String, Member> population = new LinkedHashMap<>();
    for (AnnouncedMember m : members) {
      if (m.code() == null || m.code().isBlank()) {
        throw new InvalidRoundException("round " + round + ": a population member has no code");
      }
      OrganisationType type =
          OrganisationType.fromName(m.type())
              .orElseThrow(
                  () ->
                      new InvalidRoundException(
                          "round "
                              + round
                              + ": member "
                              + m.code()
                              + " has unknown type "
                              + m.type()));
      population.put(m.code(), new Member(m.code(), type, m.county()));
    }
    return population;
  }
}
