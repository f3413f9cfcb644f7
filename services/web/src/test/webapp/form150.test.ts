import { expect, it } from "vitest";
import { CompiledQuestionnaire } from "../../main/webapp/src/engine/evaluate";
import { form150 } from "./form150";

it("the benchmark's form has 150 questions, all shown and answered validly", () => {
  const { questionnaire, answers } = form150();
  const engine = new CompiledQuestionnaire(questionnaire);
  const evaluation = engine.evaluate({ code: "0180", type: "MUNICIPALITY", county: "01" }, answers);
  expect(questionnaire.sections[0].questions).toHaveLength(150);
  expect(evaluation.visible).toHaveLength(150);
  expect(evaluation.violations).toEqual([]);
});
