// Re-evaluating every rule of a 150-question form after one change (what the form does on each
// answer): target under 5 ms. Run: npm run bench. Figures: docs/benchmarks/web-rules.md.
import { bench, describe } from "vitest";
import { CompiledQuestionnaire } from "../../main/webapp/src/engine/evaluate";
import { initialState, setAnswer } from "../../main/webapp/src/form";
import { form150 } from "./form150";

const { questionnaire, answers } = form150();
const engine = new CompiledQuestionnaire(questionnaire);
const org = { code: "0180", type: "MUNICIPALITY" as const, county: "01" };
let state = initialState(engine, org, answers, {});
let flip = false;

describe("150 questions, 110 rules", () => {
  bench("evaluate all rules once", () => {
    engine.evaluate(org, answers);
  });

  bench("one answer changes: re-evaluate and clear what it hides", () => {
    flip = !flip;
    state = setAnswer(engine, org, state, "p7", flip ? "no" : "yes");
    if (!flip) {
      state = setAnswer(engine, org, state, "p7.f", "yes");
      state = setAnswer(engine, org, state, "p7.f.g", "b");
    }
  });
});
