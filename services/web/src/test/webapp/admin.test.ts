import { describe, expect, it } from "vitest";
import type { OrgProgress } from "../../main/webapp/src/admin/adminApi";
import { checkExpression, codes, diffValues, filterRows, groupByQuestion, normalisePreview, previousFromDiff, rateText, silentCodes, sortRows } from "../../main/webapp/src/admin/logic";

const uploaded = {
  id: "q",
  sections: [
    { id: "a", questions: [{ id: "plan.exists" }, { id: "plan.year" }] },
    { id: "b", questions: [{ id: "staff.count" }] },
  ],
};

describe("the questionnaire check, per question", () => {
  it("puts a violation at the question its JSON path points into, in the file's order", () => {
    const groups = groupByQuestion(uploaded, [
      { field: "sections[1].questions[0].constraint", message: "does not compile" },
      { field: "id", message: "bad id" },
      { field: "sections[0].questions[1].relevant", message: "unknown question 'x'" },
    ]);
    expect(groups.map((g) => g.question)).toEqual([null, "plan.year", "staff.count"]);
    expect(groups[2].violations[0].message).toBe("does not compile");
  });

  it("prefers the question the server names", () => {
    const groups = groupByQuestion(uploaded, [{ field: "sections[0].questions[0].relevant", question: "staff.count", message: "m" }]);
    expect(groups[0].question).toBe("staff.count");
  });
});

describe("an indicator's CEL, checked as it is typed", () => {
  const questions = new Set(["plan.exists", "plan.year"]);
  it("accepts a boolean over known questions and org", () => {
    expect(checkExpression("answers['plan.exists'] == 'yes' && org.type == 'MUNICIPALITY'", questions).ok).toBe(true);
    expect(checkExpression("answers.all(k, k != '')", questions).ok).toBe(true);
  });
  it("shows a syntax error with its position", () => {
    const check = checkExpression("answers['plan.exists'] == 'yes' &&", questions);
    expect(check.ok).toBe(false);
    expect(check.errors[0].en).toMatch(/^Does not compile: 1:\d+/);
  });
  it("names an unknown question and an unknown variable", () => {
    const check = checkExpression("answers['plan.missing'] == 'yes' || foo", questions);
    expect(check.errors.map((e) => e.en)).toEqual(["Unknown name 'foo': use answers and org.", "The questionnaire has no question 'plan.missing'."]);
    expect(checkExpression("'plan.gone' in answers", questions).ok).toBe(false);
  });
  it("refuses a plain non-boolean and an empty expression", () => {
    expect(checkExpression("42", questions).ok).toBe(false);
    expect(checkExpression("  ", questions).ok).toBe(false);
    expect(checkExpression("true", questions).ok).toBe(true);
  });
});

function row(code: string, state: OrgProgress["state"], type = "MUNICIPALITY", name = code, lastActivity?: string): OrgProgress {
  return { organisation: { code, name, type, county: code.slice(0, 2) }, state, lastActivity };
}

describe("progress per organisation", () => {
  const rows = [row("0180", "ACCEPTED", "MUNICIPALITY", "Stockholm", "2026-03-02T10:00:00Z"), row("0114", "SILENT", "MUNICIPALITY", "Upplands Väsby"), row("03", "REJECTED", "REGION", "Region Uppsala", "2026-03-01T09:00:00Z"), row("23", "SILENT", "REGION", "Region Jämtland Härjedalen")];
  it("filters by state, type, county and text", () => {
    expect(filterRows(rows, { state: "SILENT" }).map((r) => r.organisation.code)).toEqual(["0114", "23"]);
    expect(filterRows(rows, { type: "REGION", q: "upp" }).map((r) => r.organisation.code)).toEqual(["03"]);
    expect(filterRows(rows, { county: "01" }).map((r) => r.organisation.code)).toEqual(["0180", "0114"]);
  });
  it("sorts by state in the order of the work and by last activity", () => {
    expect(sortRows(rows, "state", true).map((r) => r.state)).toEqual(["SILENT", "SILENT", "REJECTED", "ACCEPTED"]);
    expect(sortRows(rows, "lastActivity", false)[0].organisation.code).toBe("0180");
  });
  it("selects all silent organisations", () => {
    expect(silentCodes(rows)).toEqual(["0114", "23"]);
  });
  it("writes a rate with its n", () => {
    expect(rateText("sv", 260, 290)).toBe("260 av 290 (89,7 %)");
    expect(rateText("en", 1, 3)).toBe("1 of 3 (33.3 %)");
    expect(rateText("sv", 0, 0)).toBe("0 av 0");
  });
  it("reads a pasted list of codes", () => {
    expect(codes("0180, 0114\n03;03 23")).toEqual(["0180", "0114", "03", "23"]);
  });
});

describe("a draft release against the latest published one", () => {
  const v = (indicator: string, numerator: number, denominator: number, type = "MUNICIPALITY") => ({ indicator, level: "national", type, numerator, denominator });
  it("marks changed, added, removed and unchanged cells", () => {
    const rows = diffValues([v("a", 2, 3), v("b", 1, 1), v("c", 5, 5)], [v("a", 1, 3), v("b", 1, 1), v("d", 1, 2)]);
    expect(rows.map((r) => `${(r.value ?? r.previous)!.indicator}:${r.change}`)).toEqual(["a:changed", "b:same", "c:added", "d:removed"]);
  });
  it("has nothing to compare with before the first publication", () => {
    expect(diffValues([v("a", 2, 3)], null)[0].change).toBe("same");
    expect(normalisePreview([v("a", 2, 3)]).previous).toBeNull();
    expect(normalisePreview({ values: [v("a", 2, 3)], previous: { version: 1, values: [v("a", 1, 3)] } }).previousVersion).toBe(1);
  });
});

describe("the server's diff of a draft against the latest published release", () => {
  const v = (indicator: string, numerator: number, denominator: number) => ({ indicator, level: "national", type: "REGION", numerator, denominator });
  it("rebuilds the published values so that each cell shows its change", () => {
    const draft = [v("a", 2, 3), v("b", 1, 1), v("c", 5, 5)];
    const previous = previousFromDiff(draft, {
      against: { releaseId: "x", version: 1 },
      added: [v("c", 5, 5)],
      removed: [v("d", 1, 2)],
      changed: [{ cell: { indicator: "a", level: "national", type: "REGION" }, old: { numerator: 1, denominator: 3 } }],
    });
    expect(diffValues(draft, previous).map((r) => `${(r.value ?? r.previous)!.indicator}:${r.change}`)).toEqual(["a:changed", "b:same", "c:added", "d:removed"]);
  });
  it("has nothing to compare with when nothing was published", () => {
    expect(previousFromDiff([v("a", 1, 1)], { against: null, added: [v("a", 1, 1)], removed: [], changed: [] })).toBeNull();
  });
});
