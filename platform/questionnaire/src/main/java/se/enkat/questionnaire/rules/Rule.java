package se.enkat.questionnaire.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Set;

/**
 * One compiled CEL rule and the question ids it names.
 *
 * <p>A CEL program is immutable, so one rule serves every thread; the variables live only in the
 * map passed to {@link #evaluate}.
 */
public final class Rule {

  private final String source;
  private final CelRuntime.Program program;
  private final Set<String> references;

  Rule(String source, CelRuntime.Program program, Set<String> references) {
    this.source = source;
    this.program = program;
    this.references = references;
  }

  public String source() {
    return source;
  }

  /** The question ids the expression reads from {@code answers}. */
  public Set<String> references() {
    return references;
  }

  /**
   * Evaluates the rule with the variables {@code answers} and {@code org}. Never throws: a CEL
   * error (a missing key, a type mismatch at run time) comes back as {@link RuleResult#ERROR} and
   * the caller decides what that means.
   */
  public RuleResult evaluate(Map<String, Object> variables) {
    try {
      Object value = program.eval(variables);
      return Boolean.TRUE.equals(value) ? RuleResult.TRUE : RuleResult.FALSE;
    } catch (CelEvaluationException | RuntimeException e) {
      return RuleResult.ERROR;
    }
  }
}
