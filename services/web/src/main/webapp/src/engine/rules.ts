// One CEL rule compiled for the browser: the same language and error semantics as the Java engine
// (platform/questionnaire, RuleCompiler and Rule). @bufbuild/cel runs the official conformance
// suite; integers are passed as bigint (CEL int) and decimals as number (CEL double).
import { celEnv, isCelError, parse, plan } from "@bufbuild/cel";

export type RuleResult = "TRUE" | "FALSE" | "ERROR";

const ENV = celEnv();

export interface Rule {
  source: string;
  /** Question ids the rule reads: answers['id'], 'id' in answers, answers.id. */
  references: Set<string>;
  evaluate(variables: { answers: Map<string, unknown>; org: Map<string, string> }): RuleResult;
}

export function compileRule(source: string): Rule {
  const parsed = parse(source);
  const program = plan(ENV, parsed) as (ctx: Record<string, unknown>) => unknown;
  const references = new Set<string>();
  collectReferences(parsed.expr, references);
  return {
    source,
    references,
    evaluate(variables) {
      try {
        const value = program(variables);
        if (isCelError(value)) return "ERROR";
        return value === true ? "TRUE" : value === false ? "FALSE" : "ERROR";
      } catch {
        return "ERROR";
      }
    },
  };
}

type Node = { exprKind?: { case?: string; value?: any } } | undefined;

function collectReferences(node: Node, into: Set<string>): void {
  if (!node || !node.exprKind) return;
  const { case: kind, value } = node.exprKind;
  if (kind === "callExpr") {
    const args: Node[] = value.args ?? [];
    if (args.length === 2) {
      if (value.function === "_[_]" && isAnswers(args[0])) addConstant(args[1], into);
      if (value.function === "@in" && isAnswers(args[1])) addConstant(args[0], into);
    }
    collectReferences(value.target, into);
    args.forEach((a) => collectReferences(a, into));
  } else if (kind === "selectExpr") {
    if (isAnswers(value.operand)) into.add(value.field);
    collectReferences(value.operand, into);
  } else if (kind === "listExpr") {
    (value.elements ?? []).forEach((e: Node) => collectReferences(e, into));
  } else if (kind === "structExpr") {
    (value.entries ?? []).forEach((e: any) => {
      collectReferences(e.keyKind?.value, into);
      collectReferences(e.value, into);
    });
  } else if (kind === "comprehensionExpr") {
    for (const part of ["iterRange", "accuInit", "loopCondition", "loopStep", "result"]) {
      collectReferences(value[part], into);
    }
  }
}

function isAnswers(node: Node): boolean {
  return node?.exprKind?.case === "identExpr" && node.exprKind.value.name === "answers";
}

function addConstant(node: Node, into: Set<string>): void {
  const kind = node?.exprKind;
  if (kind?.case === "constExpr" && kind.value.constantKind?.case === "stringValue") {
    into.add(kind.value.constantKind.value);
  }
}
