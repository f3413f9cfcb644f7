package se.enkat.questionnaire.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the question ids an expression reads: {@code answers['id']}, {@code 'id' in answers} and
 * {@code answers.id} (including {@code has(answers.id)}).
 *
 * <p>Read from the checked syntax tree, never from the text, so a quoted id inside a string literal
 * elsewhere is not mistaken for a reference.
 */
final class RuleReferences {

  private static final String INDEX = "_[_]";
  private static final String IN = "@in";

  private RuleReferences() {}

  static Set<String> of(CelAbstractSyntaxTree ast) {
    Set<String> ids = new LinkedHashSet<>();
    CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .forEach(node -> reference(node.expr()).ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  private static Optional<String> reference(CelExpr expr) {
    switch (expr.getKind()) {
      case CALL:
        List<CelExpr> args = expr.call().args();
        if (args.size() != 2) {
          return Optional.empty();
        }
        if (expr.call().function().equals(INDEX) && isAnswers(args.get(0))) {
          return stringConstant(args.get(1));
        }
        if (expr.call().function().equals(IN) && isAnswers(args.get(1))) {
          return stringConstant(args.get(0));
        }
        return Optional.empty();
      case SELECT:
        return isAnswers(expr.select().operand())
            ? Optional.of(expr.select().field())
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static boolean isAnswers(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.IDENT
        && expr.ident().name().equals(RuleVariables.ANSWERS);
  }

  private static Optional<String> stringConstant(CelExpr expr) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
      return Optional.of(expr.constant().stringValue());
    }
    return Optional.empty();
  }
}
