import { useEffect, useState } from "react";
import type { Lang, Question, RawAnswer, Text } from "./engine/model";
import { t, tx } from "./i18n";

export function fieldId(questionId: string) {
  return `q-${questionId}`;
}

interface Props {
  question: Question;
  lang: Lang;
  value: RawAnswer | undefined;
  comment: string | undefined;
  required: boolean;
  error?: Text;
  onAnswer(value: RawAnswer | undefined): void;
  onComment(text: string): void;
}

/** One question with the control its type needs, its required mark, its error and its comment. */
export function QuestionField({ question, lang, value, comment, required, error, onAnswer, onComment }: Props) {
  const id = fieldId(question.id);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint(question, lang) ? hintId : null].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {tx(lang, question.text)}
      {required && (
        <span className="required" aria-label={t(lang, "required")} title={t(lang, "required")}>
          {" *"}
        </span>
      )}
    </>
  );
  const errorLine = error && (
    <p id={errorId} className="field-error">
      <span className="visually-hidden">{lang === "sv" ? "Fel: " : "Error: "}</span>
      {tx(lang, error)}
    </p>
  );
  const hintLine = hint(question, lang) && (
    <p id={hintId} className="hint">
      {hint(question, lang)}
    </p>
  );

  let control;
  if (["yes_no", "yes_no_dontknow", "single_choice", "multi_choice"].includes(question.type)) {
    const multi = question.type === "multi_choice";
    const options = choices(question, lang);
    const selected = multi ? (Array.isArray(value) ? (value as string[]) : []) : [value as string];
    control = (
      <fieldset id={id} className={`question${error ? " invalid" : ""}`} aria-describedby={describedBy} tabIndex={-1}>
        <legend>{label}</legend>
        {hintLine}
        {errorLine}
        <div className="options">
          {options.map((option) => {
            const optionId = `${id}-${option.value}`;
            const checked = selected.includes(option.value);
            return (
              <div className="option" key={option.value}>
                <input
                  id={optionId}
                  type={multi ? "checkbox" : "radio"}
                  name={id}
                  value={option.value}
                  checked={checked}
                  aria-invalid={error ? true : undefined}
                  onChange={() => {
                    if (!multi) onAnswer(option.value);
                    else onAnswer(checked ? selected.filter((v) => v !== option.value) : [...selected, option.value]);
                  }}
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
        {!multi && value != null && (
          <button type="button" className="link small" onClick={() => onAnswer(undefined)}>
            {t(lang, "clear")}
          </button>
        )}
        <CommentBox id={id} lang={lang} comment={comment} onComment={onComment} />
      </fieldset>
    );
  } else {
    control = (
      <div className={`question${error ? " invalid" : ""}`}>
        <label htmlFor={id} className="question-label">
          {label}
        </label>
        {hintLine}
        {errorLine}
        <ValueInput id={id} question={question} value={value} describedBy={describedBy} invalid={!!error} onAnswer={onAnswer} />
        <CommentBox id={id} lang={lang} comment={comment} onComment={onComment} />
      </div>
    );
  }
  return control;
}

function hint(q: Question, lang: Lang): string | null {
  if (q.type === "integer" || q.type === "decimal") {
    const kind = q.type === "integer" ? (lang === "sv" ? "Ett heltal" : "A whole number") : lang === "sv" ? "Ett tal" : "A number";
    if (q.min != null && q.max != null) return `${kind}, ${q.min}–${q.max}.`;
    if (q.min != null) return `${kind}, ${lang === "sv" ? "minst" : "at least"} ${q.min}.`;
    if (q.max != null) return `${kind}, ${lang === "sv" ? "högst" : "at most"} ${q.max}.`;
    return `${kind}.`;
  }
  if (q.type === "text" && q.maxLength) return lang === "sv" ? `Högst ${q.maxLength} tecken.` : `At most ${q.maxLength} characters.`;
  if (q.type === "date") return lang === "sv" ? "Datum som ÅÅÅÅ-MM-DD." : "A date as YYYY-MM-DD.";
  if (q.type === "multi_choice") return lang === "sv" ? "Välj alla som stämmer." : "Choose all that apply.";
  return null;
}

function choices(q: Question, lang: Lang): { value: string; label: string }[] {
  if (q.type === "yes_no" || q.type === "yes_no_dontknow") {
    const values = q.type === "yes_no" ? ["yes", "no"] : ["yes", "no", "dont_know"];
    return values.map((v) => ({ value: v, label: t(lang, v as "yes" | "no" | "dont_know") }));
  }
  return (q.choices ?? []).map((c) => ({ value: c.value, label: tx(lang, c.label) }));
}

/** Numbers, dates and texts. A number that cannot be read is kept as typed so the rule says so. */
function ValueInput({ id, question, value, describedBy, invalid, onAnswer }: {
  id: string;
  question: Question;
  value: RawAnswer | undefined;
  describedBy?: string;
  invalid: boolean;
  onAnswer(value: RawAnswer | undefined): void;
}) {
  const shown = value == null ? "" : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    // Follow answers set from outside (a cleared follow-up, a loaded draft).
    if (parse(question, text) !== value && !(value == null && text === "")) setText(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const common = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": invalid ? true : undefined,
  } as const;
  if (question.type === "text") {
    return (
      <textarea
        {...common}
        rows={3}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onAnswer(e.target.value === "" ? undefined : e.target.value);
        }}
      />
    );
  }
  return (
    <input
      {...common}
      // Dates as text in the hinted form: a native date picker's order follows the browser's
      // language, not the form's, and differs between browsers.
      type="text"
      inputMode={question.type === "integer" ? "numeric" : question.type === "decimal" ? "decimal" : undefined}
      autoComplete="off"
      className={question.type === "date" ? "date" : "number"}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onAnswer(parse(question, e.target.value));
      }}
    />
  );
}

function parse(q: Question, text: string): RawAnswer | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (q.type === "integer" || q.type === "decimal") {
    const normalised = trimmed.replace(/\s/g, "").replace(",", ".");
    const n = Number(normalised);
    return /^[-+]?\d+(\.\d+)?$/.test(normalised) && Number.isFinite(n) ? n : trimmed;
  }
  return trimmed;
}

function CommentBox({ id, lang, comment, onComment }: { id: string; lang: Lang; comment?: string; onComment(text: string): void }) {
  const commentId = `${id}-comment`;
  return (
    <details className="comment" open={!!comment}>
      <summary>{t(lang, "comment")}</summary>
      <label htmlFor={commentId} className="visually-hidden">
        {t(lang, "comment")}
      </label>
      <textarea id={commentId} rows={2} value={comment ?? ""} onChange={(e) => onComment(e.target.value)} />
    </details>
  );
}
