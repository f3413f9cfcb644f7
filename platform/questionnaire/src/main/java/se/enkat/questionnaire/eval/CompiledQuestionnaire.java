package se.enkat.questionnaire.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.check.QuestionnaireChecker;
import se.enkat.questionnaire.check.QuestionnaireViolation;
import se.enkat.questionnaire.model.Choice;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.model.Section;
import se.enkat.questionnaire.rules.InvalidRuleException;
import se.enkat.questionnaire.rules.RelevanceGraph;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleCompiler;

/**
 * A checked questionnaire version with every rule compiled once, ready to evaluate answer sets.
 *
 * <p>Immutable and thread-safe: compile it once per questionnaire version and share it.
 */
public final class CompiledQuestionnaire {

  private static final TypeReference<Map<String, Object>> ANSWER_MAP = new TypeReference<>() {};

  private final Questionnaire questionnaire;
  private final Map<String, CompiledQuestion> byId;
  private final List<CompiledQuestion> relevanceOrder;

  private CompiledQuestionnaire(
      Questionnaire questionnaire,
      Map<String, CompiledQuestion> byId,
      List<CompiledQuestion> relevanceOrder) {
    this.questionnaire = questionnaire;
    this.byId = byId;
    this.relevanceOrder = relevanceOrder;
  }

  /**
   * Checks and compiles a questionnaire.
   *
   * @throws InvalidQuestionnaireException with every violation when the checker finds any
   */
  public static CompiledQuestionnaire compile(Questionnaire questionnaire) {
    List<QuestionnaireViolation> violations = QuestionnaireChecker.check(questionnaire);
    if (!violations.isEmpty()) {
      throw new InvalidQuestionnaireException(violations);
    }
    Map<String, CompiledQuestion> byId = new LinkedHashMap<>();
    Map<String, Set<String>> reads = new LinkedHashMap<>();
    questionnaire
        .questions()
        .forEach(
            question -> {
              CompiledQuestion compiled = compile(question);
              byId.put(question.id(), compiled);
              reads.put(
                  question.id(),
                  compiled.relevant() == null ? Set.of() : compiled.relevant().references());
            });
    List<CompiledQuestion> order =
        new RelevanceGraph(reads).topologicalOrder().stream().map(byId::get).toList();
    return new CompiledQuestionnaire(questionnaire, byId, order);
  }

  private static CompiledQuestion compile(Question question) {
    var required = question.requiredOrDefault();
    return new CompiledQuestion(
        question,
        question.questionType().orElseThrow(),
        question.choicesOrEmpty().stream().map(Choice::value).collect(Collectors.toSet()),
        rule(question.relevant()),
        required.isConstant() && required.constant(),
        required.isExpression() ? rule(required.expression()) : null,
        rule(question.constraint()));
  }

  private static Rule rule(String source) {
    if (source == null) {
      return null;
    }
    try {
      return RuleCompiler.compile(source);
    } catch (InvalidRuleException e) {
      // The checker compiled the same source a moment ago; failing now is a bug, not bad input.
      throw new IllegalStateException("rule passed the checker but does not compile: " + source, e);
    }
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The question with this id, if the questionnaire has one. */
  public java.util.Optional<Question> question(String id) {
    return java.util.Optional.ofNullable(byId.get(id)).map(CompiledQuestion::question);
  }

  /**
   * Evaluates one organisation's answers. Never throws for bad answers: every problem is a
   * violation in the result.
   *
   * @param answers question id to raw JSON value as Jackson reads it (String, Number, List); a null
   *     value counts as unanswered
   */
  public Evaluation evaluate(Organisation organisation, Map<String, ?> answers) {
    return new AnswerEvaluator(byId, relevanceOrder, organisation, answers).run();
  }

  /** As {@link #evaluate(Organisation, Map)}, for answers still as a JSON object. */
  public Evaluation evaluate(Organisation organisation, JsonNode answers) {
    if (answers == null || !answers.isObject()) {
      return new Evaluation(
          Map.of(),
          List.of(
              new AnswerViolation("$", ViolationCode.WRONG_TYPE, "answers must be a JSON object")));
    }
    Map<String, Object> map = QuestionnaireJson.mapper().convertValue(answers, ANSWER_MAP);
    return evaluate(organisation, map);
  }

  /** The questionnaire as an organisation of this type sees it: only questions that apply. */
  public Questionnaire forType(OrganisationType type) {
    List<Section> sections =
        questionnaire.sectionsOrEmpty().stream()
            .map(
                s ->
                    new Section(
                        s.id(),
                        s.title(),
                        s.questionsOrEmpty().stream().filter(q -> q.appliesTo(type)).toList()))
            .filter(s -> !s.questions().isEmpty())
            .toList();
    return new Questionnaire(
        questionnaire.id(), questionnaire.version(), questionnaire.title(), sections);
  }
}
