// The browser's evaluation of one organisation's answers: what is shown, what is required, what
// is wrong. A line-by-line twin of the Java AnswerEvaluator and AnswerNormaliser; the shared rule
// corpus (platform/questionnaire/src/test/resources/rule-corpus.json) holds them to one verdict.
import type {
  Answers,
  Evaluation,
  Organisation,
  Question,
  Questionnaire,
  RawAnswer,
  Violation,
  ViolationCode,
} from "./model";
import { compileRule, type Rule } from "./rules";
import { violationText } from "./texts";

interface CompiledQuestion {
  question: Question;
  choiceValues: Set<string>;
  relevant?: Rule;
  requiredConstant: boolean;
  requiredRule?: Rule;
  constraint?: Rule;
}

type Normalised = { ok: true; value: unknown } | { ok: false; code: ViolationCode; message: string };

const YES_NO = new Set(["yes", "no"]);
const YES_NO_DONTKNOW = new Set(["yes", "no", "dont_know"]);
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

export class CompiledQuestionnaire {
  private readonly byId = new Map<string, CompiledQuestion>();
  private readonly relevanceOrder: CompiledQuestion[];

  constructor(readonly questionnaire: Questionnaire) {
    for (const section of questionnaire.sections ?? []) {
      for (const question of section.questions ?? []) {
        const required = question.required ?? true;
        this.byId.set(question.id, {
          question,
          choiceValues: new Set((question.choices ?? []).map((c) => c.value)),
          relevant: question.relevant ? compileRule(question.relevant) : undefined,
          requiredConstant: required === true,
          requiredRule: typeof required === "string" ? compileRule(required) : undefined,
          constraint: question.constraint ? compileRule(question.constraint) : undefined,
        });
      }
    }
    this.relevanceOrder = topologicalOrder(this.byId);
  }

  question(id: string): Question | undefined {
    return this.byId.get(id)?.question;
  }

  evaluate(org: Organisation, raw: Answers): Evaluation {
    const violations: Violation[] = [];
    const add = (question: string, code: ViolationCode, message: string) => {
      const q = this.byId.get(question)?.question;
      violations.push({ question, code, message, text: violationText(code, q, message) });
    };
    const answers = raw ?? {};
    Object.keys(answers)
      .filter((id) => !this.byId.has(id))
      .sort(compareJava)
      .forEach((id) => add(id, "unknown_question", "no question with this id in the questionnaire"));

    const typed = new Map<string, Normalised>();
    for (const q of this.byId.values()) {
      const value = answers[q.question.id];
      if (value !== null && value !== undefined) typed.set(q.question.id, normalise(q, value));
    }
    const orgVar = new Map<string, string>();
    if (org.code != null) orgVar.set("code", org.code);
    orgVar.set("type", org.type);
    if (org.county != null) orgVar.set("county", org.county);
    const ruleAnswers = new Map<string, unknown>();
    const variables = { answers: ruleAnswers, org: orgVar };

    const visible = new Set<string>();
    for (const q of this.relevanceOrder) {
      if (isVisible(q, org, visible, variables)) {
        visible.add(q.question.id);
        const answer = typed.get(q.question.id);
        if (answer?.ok) ruleAnswers.set(q.question.id, answer.value);
      }
    }

    const shown: string[] = [];
    const required: string[] = [];
    for (const q of this.byId.values()) {
      const id = q.question.id;
      const answer = typed.get(id);
      if (!appliesTo(q.question, org)) {
        if (answer) add(id, "not_applicable", "not asked of " + org.type);
        continue;
      }
      if (!visible.has(id)) {
        if (answer) add(id, "not_relevant", "must not be answered given the other answers");
        continue;
      }
      shown.push(id);
      const isRequired = q.requiredRule
        ? q.requiredRule.evaluate(variables) === "TRUE"
        : q.requiredConstant;
      if (isRequired) required.push(id);
      if (!answer) {
        if (isRequired) add(id, "required", "an answer is required");
        continue;
      }
      if (!answer.ok) {
        add(id, answer.code, answer.message);
        continue;
      }
      if (q.constraint && q.constraint.evaluate(variables) === "FALSE") {
        const m = q.question.constraintMessage;
        add(id, "constraint", m ? (m.en ?? m.sv) : "does not satisfy " + q.question.constraint);
      }
    }
    return { visible: shown, required, violations };
  }
}

function appliesTo(q: Question, org: Organisation): boolean {
  return !q.appliesTo || q.appliesTo.includes(org.type);
}

function isVisible(
  q: CompiledQuestion,
  org: Organisation,
  visible: Set<string>,
  variables: { answers: Map<string, unknown>; org: Map<string, string> },
): boolean {
  if (!appliesTo(q.question, org)) return false;
  if (!q.relevant) return true;
  // Hidden because what it depends on is hidden, whatever the rule would say about absence.
  for (const dependency of q.relevant.references) {
    if (!visible.has(dependency)) return false;
  }
  return q.relevant.evaluate(variables) === "TRUE";
}

/** Questions ordered so that every question comes after those its relevant rule reads. */
function topologicalOrder(byId: Map<string, CompiledQuestion>): CompiledQuestion[] {
  const order: CompiledQuestion[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string) => {
    const q = byId.get(id);
    if (!q || state.get(id) === "done" || state.get(id) === "visiting") return;
    state.set(id, "visiting");
    q.relevant?.references.forEach(visit);
    state.set(id, "done");
    order.push(q);
  };
  byId.forEach((_, id) => visit(id));
  return order;
}

/** Java's String.compareTo: UTF-16 code unit order. */
function compareJava(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function normalise(q: CompiledQuestion, raw: RawAnswer): Normalised {
  switch (q.question.type) {
    case "yes_no":
      return choice(raw, YES_NO);
    case "yes_no_dontknow":
      return choice(raw, YES_NO_DONTKNOW);
    case "single_choice":
      return choice(raw, q.choiceValues);
    case "multi_choice":
      return choices(raw, q.choiceValues);
    case "integer":
      return integer(raw, q.question);
    case "decimal":
      return decimal(raw, q.question);
    case "text":
      return text(raw, q.question);
    case "date":
      return date(raw);
  }
}

function sorted(values: Set<string>): string {
  return "[" + [...values].sort(compareJava).join(", ") + "]";
}

function fail(code: ViolationCode, message: string): Normalised {
  return { ok: false, code, message };
}

function choice(raw: unknown, allowed: Set<string>): Normalised {
  if (typeof raw !== "string") return fail("wrong_type", "expected one of " + sorted(allowed));
  if (!allowed.has(raw)) return fail("not_a_choice", `'${raw}' is not one of ${sorted(allowed)}`);
  return { ok: true, value: raw };
}

function choices(raw: unknown, allowed: Set<string>): Normalised {
  if (!Array.isArray(raw)) return fail("wrong_type", "expected a list of choice values");
  const values = new Set<string>();
  for (const item of raw) {
    const one = choice(item, allowed);
    if (!one.ok) return one;
    values.add(item as string);
  }
  return { ok: true, value: [...values] };
}

function integer(raw: unknown, q: Question): Normalised {
  if (typeof raw !== "number" || !Number.isFinite(raw) || !Number.isInteger(raw)) {
    return fail("wrong_type", "expected a whole number");
  }
  const big = BigInt(raw);
  if (big < LONG_MIN || big > LONG_MAX) return fail("out_of_range", "too large a number");
  return range(raw, q) ?? { ok: true, value: big };
}

function decimal(raw: unknown, q: Question): Normalised {
  if (typeof raw !== "number" || !Number.isFinite(raw)) return fail("wrong_type", "expected a number");
  return range(raw, q) ?? { ok: true, value: raw };
}

function range(n: number, q: Question): Normalised | null {
  if ((q.min != null && n < q.min) || (q.max != null && n > q.max)) {
    return fail("out_of_range", `${n} is outside [${q.min ?? ""}, ${q.max ?? ""}]`);
  }
  return null;
}

function text(raw: unknown, q: Question): Normalised {
  if (typeof raw !== "string") return fail("wrong_type", "expected text");
  const length = [...raw].length;
  if (q.maxLength != null && length > q.maxLength) {
    return fail("too_long", `${length} characters, at most ${q.maxLength} allowed`);
  }
  return { ok: true, value: raw };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function date(raw: unknown): Normalised {
  if (typeof raw !== "string") return fail("wrong_type", "expected a date as YYYY-MM-DD");
  const m = DATE.exec(raw);
  if (!m || !isRealDate(+m[1], +m[2], +m[3])) {
    return fail("invalid_date", `'${raw}' is not a date as YYYY-MM-DD`);
  }
  return { ok: true, value: raw };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
