// The form's pure logic: setting an answer clears the answers of questions it hides (the server
// refuses answers to hidden questions), and the body sent is exactly what is shown and answered.
import type { CompiledQuestionnaire } from "./engine/evaluate";
import type { Answers, Evaluation, Organisation, RawAnswer } from "./engine/model";

export interface FormState {
  answers: Answers;
  comments: Record<string, string>;
  evaluation: Evaluation;
}

export function initialState(
  engine: CompiledQuestionnaire,
  org: Organisation,
  answers: Answers,
  comments: Record<string, string>,
): FormState {
  return settle(engine, org, { ...answers }, { ...comments });
}

/** Sets (or, with null/empty, removes) one answer and settles the form. */
export function setAnswer(
  engine: CompiledQuestionnaire,
  org: Organisation,
  state: FormState,
  id: string,
  value: RawAnswer | undefined,
): FormState {
  const answers = { ...state.answers };
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    delete answers[id];
  } else {
    answers[id] = value;
  }
  return settle(engine, org, answers, { ...state.comments });
}

export function setComment(state: FormState, id: string, text: string): FormState {
  const comments = { ...state.comments };
  if (text.trim() === "") delete comments[id];
  else comments[id] = text;
  return { ...state, comments };
}

/**
 * Removes answers and comments of questions that are not shown, until nothing changes (clearing
 * one answer can hide a follow-up of a follow-up).
 */
function settle(
  engine: CompiledQuestionnaire,
  org: Organisation,
  answers: Answers,
  comments: Record<string, string>,
): FormState {
  for (;;) {
    const evaluation = engine.evaluate(org, answers);
    const shown = new Set(evaluation.visible);
    const hiddenAnswered = Object.keys(answers).filter((id) => !shown.has(id) && engine.question(id));
    Object.keys(comments)
      .filter((id) => !shown.has(id))
      .forEach((id) => delete comments[id]);
    if (hiddenAnswered.length === 0) return { answers, comments, evaluation };
    hiddenAnswered.forEach((id) => delete answers[id]);
  }
}
