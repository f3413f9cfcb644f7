// The console's pure logic, tested by Vitest: violations at their question, the live check of an
// indicator's CEL, the per-organisation list's filters and order, response rates with their n,
// and the difference between a draft release and the latest published one.
import { parse } from "@bufbuild/cel";
import type { Lang, OrgType } from "../engine/model";
import type { OrgProgress, OrgState, ReleaseValue } from "./adminApi";

// ---------------------------------------------------------------- questionnaire check

export interface CheckViolation {
  field?: string;
  message: string;
  question?: string;
}

/**
 * The question a violation concerns: its own `question` when the server names it, else the
 * question its JSON path points into (`sections[1].questions[3].relevant`), else none.
 */
export function questionOf(uploaded: unknown, violation: CheckViolation): string | null {
  if (violation.question) return violation.question;
  const path = violation.field ?? "";
  const m = /sections\[(\d+)\]\.questions\[(\d+)\]/.exec(path);
  if (!m) return null;
  const sections = (uploaded as { sections?: { questions?: { id?: unknown }[] }[] } | null)?.sections;
  const id = sections?.[Number(m[1])]?.questions?.[Number(m[2])]?.id;
  return typeof id === "string" ? id : null;
}

export interface QuestionGroup {
  /** The question id, or null for violations of the questionnaire as a whole. */
  question: string | null;
  violations: CheckViolation[];
}

/** Violations grouped by question, in the uploaded file's question order; general ones first. */
export function groupByQuestion(uploaded: unknown, violations: CheckViolation[]): QuestionGroup[] {
  const order = questionOrder(uploaded);
  const groups = new Map<string | null, CheckViolation[]>();
  for (const v of violations) {
    const q = questionOf(uploaded, v);
    groups.set(q, [...(groups.get(q) ?? []), v]);
  }
  const rank = (q: string | null) => (q === null ? -1 : order.has(q) ? order.get(q)! : order.size);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([question, vs]) => ({ question, violations: vs }));
}

function questionOrder(uploaded: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const sections = (uploaded as { sections?: { questions?: { id?: unknown }[] }[] } | null)?.sections;
  if (!Array.isArray(sections)) return order;
  for (const s of sections) for (const q of Array.isArray(s?.questions) ? s.questions : []) if (typeof q?.id === "string") order.set(q.id, order.size);
  return order;
}

// ---------------------------------------------------------------- indicator CEL, checked as typed

export interface ExpressionCheck {
  ok: boolean;
  errors: { sv: string; en: string }[];
}

const VARIABLES = new Set(["answers", "org"]);

/**
 * What the browser can tell about a custom indicator's expression before the server does: it must
 * parse as CEL, read only `answers` and `org`, name questions the round's questionnaire has, and
 * not be a plain non-boolean value. The server's check (the Java CEL type checker) still decides.
 */
export function checkExpression(source: string, questions: Set<string>): ExpressionCheck {
  const errors: { sv: string; en: string }[] = [];
  if (source.trim() === "") return { ok: false, errors: [{ sv: "Uttrycket saknas.", en: "The expression is missing." }] };
  let parsed;
  try {
    parsed = parse(source);
  } catch (e) {
    const message = String((e as Error).message ?? e).replace(/^<input>:/, "");
    return { ok: false, errors: [{ sv: `Kompilerar inte: ${message}`, en: `Does not compile: ${message}` }] };
  }
  const idents = new Set<string>();
  const referenced = new Set<string>();
  walk(parsed.expr, new Set(), idents, referenced);
  for (const name of idents) {
    if (!VARIABLES.has(name)) errors.push({ sv: `Okänt namn '${name}': använd answers och org.`, en: `Unknown name '${name}': use answers and org.` });
  }
  for (const q of referenced) {
    if (!questions.has(q)) errors.push({ sv: `Frågan '${q}' finns inte i enkäten.`, en: `The questionnaire has no question '${q}'.` });
  }
  const kind = parsed.expr?.exprKind;
  if (kind?.case === "constExpr" && kind.value.constantKind?.case !== "boolValue") {
    errors.push({ sv: "Uttrycket måste vara sant eller falskt (bool).", en: "The expression must be true or false (bool)." });
  }
  return { ok: errors.length === 0, errors };
}

type Node = { exprKind?: { case?: string; value?: any } } | undefined;

function walk(node: Node, bound: Set<string>, idents: Set<string>, referenced: Set<string>): void {
  if (!node?.exprKind) return;
  const { case: kind, value } = node.exprKind;
  if (kind === "identExpr") {
    if (!bound.has(value.name)) idents.add(value.name);
  } else if (kind === "selectExpr") {
    if (isIdent(value.operand, "answers") && !bound.has("answers")) referenced.add(value.field);
    walk(value.operand, bound, idents, referenced);
  } else if (kind === "callExpr") {
    const args: Node[] = value.args ?? [];
    if (args.length === 2 && value.function === "_[_]" && isIdent(args[0], "answers")) constant(args[1], referenced);
    if (args.length === 2 && value.function === "@in" && isIdent(args[1], "answers")) constant(args[0], referenced);
    walk(value.target, bound, idents, referenced);
    args.forEach((a) => walk(a, bound, idents, referenced));
  } else if (kind === "listExpr") {
    (value.elements ?? []).forEach((e: Node) => walk(e, bound, idents, referenced));
  } else if (kind === "structExpr") {
    (value.entries ?? []).forEach((e: any) => {
      walk(e.keyKind?.value, bound, idents, referenced);
      walk(e.value, bound, idents, referenced);
    });
  } else if (kind === "comprehensionExpr") {
    walk(value.iterRange, bound, idents, referenced);
    const inner = new Set(bound);
    inner.add(value.iterVar);
    if (value.iterVar2) inner.add(value.iterVar2);
    inner.add(value.accuVar);
    for (const part of ["accuInit", "loopCondition", "loopStep", "result"]) walk(value[part], inner, idents, referenced);
  }
}

function isIdent(node: Node, name: string): boolean {
  return node?.exprKind?.case === "identExpr" && node.exprKind.value.name === name;
}

function constant(node: Node, into: Set<string>): void {
  const k = node?.exprKind;
  if (k?.case === "constExpr" && k.value.constantKind?.case === "stringValue") into.add(k.value.constantKind.value);
}

// ---------------------------------------------------------------- progress

export interface RowFilter {
  state?: OrgState | "";
  type?: string;
  county?: string;
  q?: string;
}

export type SortKey = "organisation" | "type" | "state" | "revision" | "lastActivity";

const STATE_ORDER: OrgState[] = ["SILENT", "DRAFT", "RECEIVED", "REJECTED", "ACCEPTED"];

export function filterRows(rows: OrgProgress[], f: RowFilter): OrgProgress[] {
  const q = (f.q ?? "").trim().toLocaleLowerCase("sv");
  return rows.filter(
    (r) =>
      (!f.state || r.state === f.state) &&
      (!f.type || r.organisation.type === f.type) &&
      (!f.county || r.organisation.county === f.county) &&
      (!q || r.organisation.code.toLocaleLowerCase("sv").includes(q) || r.organisation.name.toLocaleLowerCase("sv").includes(q)),
  );
}

export function sortRows(rows: OrgProgress[], key: SortKey, ascending: boolean): OrgProgress[] {
  const value = (r: OrgProgress): string | number => {
    switch (key) {
      case "organisation":
        return r.organisation.name;
      case "type":
        return r.organisation.type;
      case "state":
        return STATE_ORDER.indexOf(r.state);
      case "revision":
        return r.revision ?? 0;
      case "lastActivity":
        return r.lastActivity ?? "";
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "sv");
    return c || a.organisation.code.localeCompare(b.organisation.code);
  });
  return ascending ? sorted : sorted.reverse();
}

export function silentCodes(rows: OrgProgress[]): string[] {
  return rows.filter((r) => r.state === "SILENT").map((r) => r.organisation.code);
}

/** "260 av 290 (89,7 %)": a share never without its n. */
export function rateText(lang: Lang, numerator: number, denominator: number): string {
  const of = lang === "sv" ? "av" : "of";
  if (denominator === 0) return `0 ${of} 0`;
  return `${numerator} ${of} ${denominator} (${percent(lang, (100 * numerator) / denominator)})`;
}

export function percent(lang: Lang, value: number): string {
  return `${value.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

export const ORG_TYPES: OrgType[] = ["REGION", "MUNICIPALITY", "CITY_DISTRICT"];

// ---------------------------------------------------------------- releases

export function cellKey(v: ReleaseValue): string {
  return [v.indicator, v.level, v.type ?? "", v.county ?? "", v.organisation ?? "", v.category ?? ""].join("|");
}

export interface DiffRow {
  value: ReleaseValue | null;
  previous: ReleaseValue | null;
  change: "added" | "removed" | "changed" | "same";
}

/** Each cell of the draft beside the same cell of the latest published release. */
export function diffValues(draft: ReleaseValue[], published: ReleaseValue[] | null): DiffRow[] {
  const before = new Map((published ?? []).map((v) => [cellKey(v), v]));
  const rows: DiffRow[] = draft.map((value) => {
    const previous = before.get(cellKey(value)) ?? null;
    before.delete(cellKey(value));
    const change = !published ? "same" : !previous ? "added" : previous.numerator !== value.numerator || previous.denominator !== value.denominator ? "changed" : "same";
    return { value, previous, change };
  });
  for (const previous of before.values()) rows.push({ value: null, previous, change: "removed" });
  return rows;
}

/** Splits a pasted list of organisation codes (commas, spaces or lines). */
export function codes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean))];
}

export interface Preview {
  values: ReleaseValue[];
  /** The latest published release's values, or null when none was published. */
  previous: ReleaseValue[] | null;
  previousVersion?: number | null;
}

export interface ReleaseDiffView {
  against: { releaseId: string; version: number } | null;
  added: ReleaseValue[];
  removed: ReleaseValue[];
  changed: { cell: Omit<ReleaseValue, "numerator" | "denominator">; old: { numerator: number; denominator: number } }[];
}

/**
 * The latest published release's values rebuilt from the draft's values and the server's diff
 * against it (`GET /releases/{id}/diff`): unchanged cells as they are, changed ones with their old
 * counts, removed ones added back, added ones left out. Null when nothing was published.
 */
export function previousFromDiff(values: ReleaseValue[], diff: ReleaseDiffView | null): ReleaseValue[] | null {
  if (!diff || !diff.against) return null;
  const added = new Set(diff.added.map(cellKey));
  const old = new Map(diff.changed.map((c) => [cellKey({ ...c.cell, numerator: 0, denominator: 0 }), c.old]));
  const previous = values
    .filter((v) => !added.has(cellKey(v)))
    .map((v) => {
      const o = old.get(cellKey(v));
      return o ? { ...v, numerator: o.numerator, denominator: o.denominator } : v;
    });
  return [...previous, ...diff.removed];
}

/**
 * A draft release's preview as the server answers it: a list of values, or
 * `{values, previous: {version, values} | [values] | null}`.
 */
export function normalisePreview(json: unknown): Preview {
  if (Array.isArray(json)) return { values: json as ReleaseValue[], previous: null };
  const o = (json ?? {}) as Record<string, any>;
  const values = (o.values ?? o.cells ?? []) as ReleaseValue[];
  const p = o.previous ?? o.published ?? o.latestPublished ?? null;
  if (Array.isArray(p)) return { values, previous: p, previousVersion: o.previousVersion ?? null };
  if (p && typeof p === "object") return { values, previous: (p.values ?? []) as ReleaseValue[], previousVersion: p.version ?? null };
  return { values, previous: null };
}
