// A 150-question form for the benchmark: 40 yes/no questions each with a follow-up and a
// follow-up of the follow-up, 15 integers with bounds and a constraint, 15 decimals whose
// requirement is a rule.
import type { Answers, Question, Questionnaire } from "../../main/webapp/src/engine/model";

export function form150(): { questionnaire: Questionnaire; answers: Answers } {
  const questions: Question[] = [];
  const answers: Answers = {};
  const text = (id: string) => ({ sv: `Fråga ${id}`, en: `Question ${id}` });
  for (let i = 0; i < 40; i++) {
    const p = `p${i}`;
    questions.push({ id: p, type: "yes_no_dontknow", text: text(p) });
    questions.push({ id: `${p}.f`, type: "yes_no", text: text(`${p}.f`), relevant: `answers['${p}'] == 'yes'` });
    questions.push({
      id: `${p}.f.g`,
      type: "single_choice",
      text: text(`${p}.f.g`),
      relevant: `answers['${p}.f'] == 'yes' && org.type == 'MUNICIPALITY'`,
      choices: [
        { value: "a", label: text("a") },
        { value: "b", label: text("b") },
      ],
    });
    answers[p] = "yes";
    answers[`${p}.f`] = "yes";
    answers[`${p}.f.g`] = "a";
  }
  for (let i = 0; i < 15; i++) {
    const n = `n${i}`;
    questions.push({ id: n, type: "integer", text: text(n), min: 0, max: 100000, constraint: `answers['${n}'] < 50000 || org.type == 'REGION'` });
    answers[n] = 100 + i;
  }
  for (let i = 0; i < 15; i++) {
    const d = `d${i}`;
    questions.push({ id: d, type: "decimal", text: text(d), required: `'n${i}' in answers && answers['n${i}'] > 0`, min: 0, max: 1 });
    answers[d] = 0.5;
  }
  return {
    questionnaire: { id: "bench-150", version: 1, title: text("bench"), sections: [{ id: "s", title: text("s"), questions }] },
    answers,
  };
}
