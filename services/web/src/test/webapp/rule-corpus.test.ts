// The shared rule corpus (platform/questionnaire/src/test/resources/rule-corpus.json), also run by
// the Java engine's RuleCorpusTest: the browser's engine must give every case's outcome.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CompiledQuestionnaire } from "../../main/webapp/src/engine/evaluate";
import type { Answers, Organisation, Questionnaire } from "../../main/webapp/src/engine/model";

const resources = new URL("../../../../../platform/questionnaire/src/", import.meta.url);
const corpus = JSON.parse(readFileSync(new URL("test/resources/rule-corpus.json", resources), "utf8"));

interface Case {
  name: string;
  org: Organisation;
  answers: Answers;
  expression?: string;
  result?: "true" | "false" | "error";
  questionnaire?: string;
  visible?: string[];
  violations?: { question: string; code: string }[];
}

function questionnaire(name: string): Questionnaire {
  const value = corpus.questionnaires[name];
  if (typeof value === "string") {
    const path = value.replace("classpath:", "main/resources/");
    return JSON.parse(readFileSync(new URL(path, resources), "utf8"));
  }
  return value;
}

const compiled = new Map<string, CompiledQuestionnaire>();
function engine(name: string): CompiledQuestionnaire {
  if (!compiled.has(name)) compiled.set(name, new CompiledQuestionnaire(questionnaire(name)));
  return compiled.get(name)!;
}

/** The types questionnaire with the expression as a relevant rule and as a constraint. */
function probe(expression: string): CompiledQuestionnaire {
  const types: Questionnaire = structuredClone(questionnaire("types"));
  types.sections.push({
    id: "probe",
    title: { sv: "Prov", en: "Probe" },
    questions: [
      { id: "probe.relevant", type: "text", required: false, text: { sv: "r", en: "r" }, relevant: expression },
      { id: "probe.constraint", type: "text", required: false, text: { sv: "c", en: "c" }, constraint: expression },
    ],
  });
  return new CompiledQuestionnaire(types);
}

const cases: Case[] = corpus.cases;

describe("the shared rule corpus in the browser engine", () => {
  it("has at least 200 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    if (c.expression !== undefined) {
      const evaluation = probe(c.expression).evaluate(c.org, { ...c.answers, "probe.constraint": "x" });
      const shown = evaluation.visible.includes("probe.relevant");
      const rejected = evaluation.violations.some((v) => v.question === "probe.constraint");
      const outcome = shown && !rejected ? "true" : !shown && rejected ? "false" : !shown ? "error" : "?";
      expect(outcome, c.expression).toBe(c.result);
      return;
    }
    const evaluation = engine(c.questionnaire!).evaluate(c.org, c.answers);
    expect(evaluation.visible).toEqual(c.visible);
    expect(evaluation.violations.map((v) => `${v.question} ${v.code}`)).toEqual(
      c.violations!.map((v) => `${v.question} ${v.code}`),
    );
  });
});
