import type { Revision } from "./api";
import type { Lang, Question, Questionnaire, RawAnswer } from "./engine/model";
import { t, tx } from "./i18n";

/** A closed round: the accepted answers as text, nothing to edit. */
export function ReadOnlyAnswers({ lang, questionnaire, revision }: { lang: Lang; questionnaire: Questionnaire; revision: Revision }) {
  return (
    <>
      {questionnaire.sections.map((section) => {
        const answered = section.questions.filter((q) => revision.answers[q.id] != null);
        if (answered.length === 0) return null;
        return (
          <section key={section.id} className="section">
            <h2>{tx(lang, section.title)}</h2>
            <dl className="answers">
              {answered.map((q) => (
                <div key={q.id}>
                  <dt>{tx(lang, q.text)}</dt>
                  <dd>
                    {label(lang, q, revision.answers[q.id] ?? null)}
                    {revision.comments?.[q.id] && <p className="comment-text">{t(lang, "comment")}: {revision.comments[q.id]}</p>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}

function label(lang: Lang, q: Question, value: RawAnswer): string {
  if (value == null) return t(lang, "notAnswered");
  const one = (v: unknown) => {
    if (v === "yes" || v === "no" || v === "dont_know") return t(lang, v);
    const choice = q.choices?.find((c) => c.value === v);
    return choice ? tx(lang, choice.label) : String(v);
  };
  return Array.isArray(value) ? value.map(one).join(", ") : one(value);
}
