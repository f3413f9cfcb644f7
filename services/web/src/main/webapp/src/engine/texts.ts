// What a violation says to a person, in Swedish and English. The same texts as the Java
// ViolationTexts (platform/questionnaire), so the browser's and the server's verdicts read alike.
import type { Question, Text, ViolationCode } from "./model";

export function violationText(code: ViolationCode, q: Question | undefined, _message: string): Text {
  switch (code) {
    case "unknown_question":
      return { sv: "Frågan finns inte i enkäten.", en: "The questionnaire has no such question." };
    case "wrong_type":
      return { sv: "Svaret har fel form för frågan.", en: "The answer has the wrong form for this question." };
    case "not_a_choice":
      return { sv: "Svaret är inte ett av svarsalternativen.", en: "The answer is not one of the choices." };
    case "required":
      return { sv: "Frågan måste besvaras.", en: "This question must be answered." };
    case "not_relevant":
      return {
        sv: "Frågan ska inte besvaras med de andra svaren som de är.",
        en: "This question must not be answered given the other answers.",
      };
    case "not_applicable":
      return {
        sv: "Frågan ställs inte till er typ av organisation.",
        en: "This question is not asked of your type of organisation.",
      };
    case "constraint":
      return q?.constraintMessage ?? { sv: "Svaret uppfyller inte villkoret.", en: "The answer does not meet the condition." };
    case "out_of_range":
      return rangeText(q);
    case "too_long":
      return {
        sv: `Svaret är för långt: högst ${q?.maxLength ?? "?"} tecken.`,
        en: `The answer is too long: at most ${q?.maxLength ?? "?"} characters.`,
      };
    case "invalid_date":
      return { sv: "Ange ett riktigt datum som ÅÅÅÅ-MM-DD.", en: "Enter a real date as YYYY-MM-DD." };
  }
}

function rangeText(q: Question | undefined): Text {
  const min = q?.min;
  const max = q?.max;
  if (min != null && max != null) {
    return { sv: `Ange ett tal från ${min} till ${max}.`, en: `Enter a number from ${min} to ${max}.` };
  }
  if (min != null) return { sv: `Ange ett tal som är minst ${min}.`, en: `Enter a number of at least ${min}.` };
  if (max != null) return { sv: `Ange ett tal som är högst ${max}.`, en: `Enter a number of at most ${max}.` };
  return { sv: "Talet är för stort.", en: "The number is too large." };
}
