import { useState } from "react";
import type { Lang, OrgType, Questionnaire } from "../engine/model";
import { tx } from "../i18n";
import { QuestionField } from "../QuestionField";
import { a, typeText } from "./texts";

const PREVIEW_TYPES: OrgType[] = ["MUNICIPALITY", "REGION", "CITY_DISTRICT"];

/**
 * The respondent's form (part 1's question components) as one organisation type would see it,
 * read-only: every question that applies to the type, with the condition of a follow-up written
 * beside it.
 */
export function FormPreview({ lang, questionnaire }: { lang: Lang; questionnaire: Questionnaire }) {
  const [type, setType] = useState<OrgType>("MUNICIPALITY");
  const applies = (appliesTo?: OrgType[]) => !appliesTo || appliesTo.length === 0 || appliesTo.includes(type);
  const count = questionnaire.sections.reduce((n, s) => n + s.questions.filter((q) => applies(q.appliesTo)).length, 0);
  return (
    <div className="preview">
      <fieldset className="segmented">
        <legend>{a(lang, "previewAs")}</legend>
        {PREVIEW_TYPES.map((t) => (
          <div className="option" key={t}>
            <input id={`preview-${t}`} type="radio" name="preview-type" checked={type === t} onChange={() => setType(t)} />
            <label htmlFor={`preview-${t}`}>{typeText(lang, t)}</label>
          </div>
        ))}
      </fieldset>
      <p className="meta" role="status">
        {a(lang, "previewCount").replace("{n}", String(count)).replace("{type}", typeText(lang, type).toLowerCase())}
      </p>
      <fieldset disabled className="preview-form" aria-label={`${a(lang, "preview")} (${typeText(lang, type)})`}>
        {questionnaire.sections.map((section) => {
          const questions = section.questions.filter((q) => applies(q.appliesTo));
          if (questions.length === 0) return null;
          return (
            <section key={section.id} className="section">
              <h3>{tx(lang, section.title)}</h3>
              {questions.map((q) => (
                <div key={q.id} className="preview-question" data-question={q.id}>
                  <p className="meta small">
                    {q.id}
                    {q.relevant ? ` · ${a(lang, "shownWhen")} ${q.relevant}` : ""}
                  </p>
                  <QuestionField
                    question={q}
                    lang={lang}
                    value={undefined}
                    comment={undefined}
                    required={q.required !== false}
                    onAnswer={() => undefined}
                    onComment={() => undefined}
                  />
                </div>
              ))}
            </section>
          );
        })}
      </fieldset>
    </div>
  );
}
