import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CompiledQuestionnaire } from "../../main/webapp/src/engine/evaluate";
import type { Organisation, Questionnaire } from "../../main/webapp/src/engine/model";
import { initialState, setAnswer } from "../../main/webapp/src/form";

const q2025: Questionnaire = JSON.parse(
  readFileSync(new URL("../../../../../platform/questionnaire/src/main/resources/questionnaires/patientsakerhet-2025.json", import.meta.url), "utf8"),
);
const engine = new CompiledQuestionnaire(q2025);
const stockholm: Organisation = { code: "0180", type: "MUNICIPALITY", county: "01" };
const uppsala: Organisation = { code: "03", type: "REGION", county: "03" };

describe("the respondent's form on the 2025 questionnaire", () => {
  it("shows a follow-up only after the answer that allows it", () => {
    let state = initialState(engine, stockholm, {}, {});
    expect(state.evaluation.visible).not.toContain("plan.level");
    state = setAnswer(engine, stockholm, state, "plan.exists", "yes");
    expect(state.evaluation.visible).toContain("plan.level");
    expect(state.evaluation.visible).toContain("plan.psb");
  });

  it("clears the answers of questions hidden by a change, follow-ups of follow-ups included", () => {
    let state = initialState(engine, stockholm, {}, {});
    state = setAnswer(engine, stockholm, state, "training.intro.licensed", "yes");
    state = setAnswer(engine, stockholm, state, "training.intro.licensed.documented", "yes");
    state = setAnswer(engine, stockholm, state, "training.intro.licensed.management_system", "no");
    state = { ...state, comments: { "training.intro.licensed.management_system": "see plan" } };
    state = setAnswer(engine, stockholm, state, "training.intro.licensed", "no");
    expect(state.answers).toEqual({ "training.intro.licensed": "no" });
    expect(state.comments).toEqual({});
  });

  it("never shows a region a municipality-only question", () => {
    let state = initialState(engine, uppsala, {}, {});
    state = setAnswer(engine, uppsala, state, "plan.exists", "yes");
    expect(state.evaluation.visible).toContain("plan.level");
    expect(state.evaluation.visible).not.toContain("plan.psb");
  });

  it("marks every unanswered required question and nothing else", () => {
    const state = initialState(engine, stockholm, {}, {});
    const required = state.evaluation.violations.filter((v) => v.code === "required").map((v) => v.question);
    expect(required).toEqual(state.evaluation.required);
    expect(required).not.toContain("patient.views.methods");
    expect(state.evaluation.violations[0].text?.sv).toBe("Frågan måste besvaras.");
  });
});
