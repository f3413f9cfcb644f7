package se.enkat.questionnaire.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * The one CEL environment questionnaire rules are written in.
 *
 * <p>Variables: {@code answers}, a map from question id to value (an unanswered question is
 * absent), and {@code org}, a map with {@code code}, {@code type} and {@code county}. Answers are
 * dyn, so numeric comparisons across int and double are switched on: {@code answers['x'] > 3} must
 * work whether x is an integer or a decimal question.
 */
public final class RuleCompiler {

  private static final CelOptions OPTIONS =
      // Not enableCompileTimeOverloadResolution: it is faster but refuses comparisons on dyn
      // answers such as answers['x'] > 3, which the rule language promises.
      CelOptions.current().enableHeterogeneousNumericComparisons(true).build();

  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar(RuleVariables.ANSWERS, MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar(RuleVariables.ORG, MapType.create(SimpleType.STRING, SimpleType.STRING))
          .build();

  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

  private RuleCompiler() {}

  /** Parses, type-checks and plans one boolean expression. */
  public static Rule compile(String source) throws InvalidRuleException {
    CelValidationResult result = COMPILER.compile(source);
    if (result.hasError()) {
      throw new InvalidRuleException("does not compile: " + result.getErrors().get(0).getMessage());
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = result.getAst();
    } catch (CelValidationException e) {
      throw new InvalidRuleException("does not compile: " + e.getMessage());
    }
    if (!ast.getResultType().equals(SimpleType.BOOL)) {
      throw new InvalidRuleException("is not boolean: its type is " + ast.getResultType().name());
    }
    try {
      return new Rule(source, RUNTIME.createProgram(ast), RuleReferences.of(ast));
    } catch (CelEvaluationException e) {
      throw new InvalidRuleException("cannot be planned: " + e.getMessage());
    }
  }
}
