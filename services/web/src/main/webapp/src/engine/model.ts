// The questionnaire as the API serves it (docs/questionnaires.md), and the verdict on answers.

export type Lang = "sv" | "en";
export type Text = { sv: string; en: string };
export type OrgType = "REGION" | "MUNICIPALITY" | "CITY_DISTRICT";
export type QuestionType =
  | "yes_no"
  | "yes_no_dontknow"
  | "single_choice"
  | "multi_choice"
  | "integer"
  | "decimal"
  | "text"
  | "date";

export interface Choice {
  value: string;
  label: Text;
}

export interface Question {
  id: string;
  text: Text;
  type: QuestionType;
  choices?: Choice[];
  relevant?: string;
  required?: boolean | string;
  constraint?: string;
  constraintMessage?: Text;
  appliesTo?: OrgType[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface Section {
  id: string;
  title: Text;
  questions: Question[];
}

export interface Questionnaire {
  id: string;
  version: number;
  title: Text;
  sections: Section[];
}

export interface Organisation {
  code?: string;
  type: OrgType;
  county?: string;
}

/** A raw answer as JSON carries it; null or undefined is unanswered. */
export type RawAnswer = string | number | boolean | unknown[] | Record<string, unknown> | null;
export type Answers = Record<string, RawAnswer | undefined>;

export type ViolationCode =
  | "unknown_question"
  | "wrong_type"
  | "not_a_choice"
  | "required"
  | "not_relevant"
  | "not_applicable"
  | "constraint"
  | "out_of_range"
  | "too_long"
  | "invalid_date";

export interface Violation {
  question: string;
  code: ViolationCode;
  message: string;
  text?: Text;
}

export interface Evaluation {
  /** Ids of the questions shown to this organisation with these answers, in questionnaire order. */
  visible: string[];
  /** Ids of the visible questions that need an answer. */
  required: string[];
  violations: Violation[];
}
