package se.enkat.indicator.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.enkat.questionnaire.rules.InvalidRuleException;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleCompiler;

/**
 * Compiles definitions with the questionnaire's CEL environment ({@code answers}, {@code org}) and
 * checks that they only name questions of the round's questionnaire.
 *
 * <p>A distribution's numerator is {@code answers['q'] == category}; it is compiled once per
 * category with {@code category} replaced by that choice value as a string literal.
 */
public final class IndicatorCompiler {

  /** The name a distribution's numerator uses for "each category in turn". */
  public static final String CATEGORY = "category";

  /**
   * Compiled rules by source. Compiling is far dearer than evaluating, and every round on the same
   * questionnaire has the same default sources; a rule depends on nothing but its source.
   */
  private static final Map<String, Rule> COMPILED = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 20_000;

  private IndicatorCompiler() {}

  /**
   * @param questionIds the question ids of the round's questionnaire
   * @throws InvalidIndicatorException with a reason a person can act on
   */
  public static CompiledIndicator compile(IndicatorDefinition definition, Set<String> questionIds)
      throws InvalidIndicatorException {
    Condition denominator =
        Conditions.of(rule("denominator", definition.denominator(), questionIds));
    List<CompiledIndicator.Numerator> numerators = new ArrayList<>();
    if (definition.isDistribution()) {
      String question = distributionQuestion(definition);
      for (IndicatorDefinition.Category category : definition.categories()) {
        String source = DefaultIndicators.answerIs(question, CelLiterals.string(category.value()));
        numerators.add(
            new CompiledIndicator.Numerator(
                category.value(), Conditions.of(rule("numerator", source, questionIds))));
      }
    } else {
      numerators.add(
          new CompiledIndicator.Numerator(
              null, Conditions.of(rule("numerator", definition.numerator(), questionIds))));
    }
    return new CompiledIndicator(definition.id(), denominator, List.copyOf(numerators));
  }

  /** The question ids a definition's numerator and denominator read, in order of appearance. */
  public static Set<String> references(IndicatorDefinition definition, Set<String> questionIds)
      throws InvalidIndicatorException {
    Set<String> ids = new LinkedHashSet<>();
    ids.addAll(rule("numerator", definition.numerator(), questionIds).references());
    ids.addAll(rule("denominator", definition.denominator(), questionIds).references());
    return ids;
  }

  private static String distributionQuestion(IndicatorDefinition definition)
      throws InvalidIndicatorException {
    if (definition.sourceQuestions().size() == 1) {
      String question = definition.sourceQuestions().get(0);
      if (DefaultIndicators.answerIs(question, CATEGORY).equals(definition.numerator())) {
        return question;
      }
    }
    throw new InvalidIndicatorException(
        "numerator", "a distribution's numerator must be answers['<question>'] == category");
  }

  private static Rule rule(String field, String source, Set<String> questionIds)
      throws InvalidIndicatorException {
    if (source == null || source.isBlank()) {
      throw new InvalidIndicatorException(field, "must not be blank");
    }
    Rule rule = COMPILED.get(source);
    if (rule == null) {
      try {
        rule = RuleCompiler.compile(source);
      } catch (InvalidRuleException e) {
        throw new InvalidIndicatorException(field, e.getMessage());
      }
      if (COMPILED.size() >= MAX_CACHED) {
        COMPILED.clear();
      }
      COMPILED.put(source, rule);
    }
    for (String id : rule.references()) {
      if (!questionIds.contains(id)) {
        throw new InvalidIndicatorException(field, "names unknown question '" + id + "'");
      }
    }
    return rule;
  }
}
