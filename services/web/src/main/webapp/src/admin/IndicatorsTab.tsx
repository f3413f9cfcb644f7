import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError } from "../api";
import type { Lang } from "../engine/model";
import { tx } from "../i18n";
import type { AdminApi, AdminRound, IndicatorDefinition } from "./adminApi";
import { checkExpression } from "./logic";
import { a } from "./texts";

/** The round's indicator library, and a custom indicator whose CEL is checked as it is typed. */
export function IndicatorsTab({ api, lang, round }: { api: AdminApi; lang: Lang; round: AdminRound }) {
  const [library, setLibrary] = useState<IndicatorDefinition[] | null>(null);
  const [libraryMessage, setLibraryMessage] = useState<string | null>(null);
  const [questions, setQuestions] = useState<Set<string>>(new Set());
  const [form, setForm] = useState({ id: "", titleSv: "", titleEn: "", numerator: "", denominator: "" });
  const [touched, setTouched] = useState({ numerator: false, denominator: false });
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    api
      .indicators(round.id)
      .then((l) => {
        setLibrary(l);
        setLibraryMessage(null);
      })
      .catch((e) => setLibraryMessage(e instanceof ApiError && e.status === 404 ? a(lang, "noLibraryYet") : String(e.message ?? e)));
  }, [api, round.id, lang]);
  useEffect(load, [load]);
  useEffect(() => {
    api
      .questionnaireVersion(round.questionnaire.id, round.questionnaire.version)
      .then((q) => setQuestions(new Set(q.sections.flatMap((s) => s.questions.map((x) => x.id)))))
      .catch(() => undefined);
  }, [api, round.questionnaire.id, round.questionnaire.version]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const numerator = useMemo(() => checkExpression(form.numerator, questions), [form.numerator, questions]);
  const denominator = useMemo(() => checkExpression(form.denominator, questions), [form.denominator, questions]);

  const define = async () => {
    setTouched({ numerator: true, denominator: true });
    if (!numerator.ok || !denominator.ok || !form.id.trim() || !form.titleSv.trim()) {
      setResult({ ok: false, lines: [a(lang, "fixIndicator")] });
      return;
    }
    setBusy(true);
    try {
      const defined = await api.defineIndicator(round.id, {
        id: form.id.trim(),
        title: { sv: form.titleSv.trim(), en: form.titleEn.trim() || form.titleSv.trim() },
        numerator: form.numerator,
        denominator: form.denominator,
      });
      setResult({ ok: true, lines: [`${a(lang, "indicatorDefined")} ${defined.id}`] });
      setForm({ id: "", titleSv: "", titleEn: "", numerator: "", denominator: "" });
      setTouched({ numerator: false, denominator: false });
      load();
    } catch (e) {
      if (e instanceof ApiError) {
        const lines = e.problem?.violations?.map((v) => (v.field ? `${v.field}: ${v.message}` : v.message)) ?? [];
        setResult({ ok: false, lines: lines.length ? lines : [`${e.status}: ${e.message}`] });
      } else setResult({ ok: false, lines: [String((e as Error).message)] });
    } finally {
      setBusy(false);
    }
  };

  const expression = (name: "numerator" | "denominator", check: typeof numerator) => {
    const id = `indicator-${name}`;
    const show = touched[name] || form[name] !== "";
    const invalid = show && !check.ok;
    return (
      <div className="field">
        <label htmlFor={id}>{a(lang, name)}</label>
        <p className="hint" id={`${id}-hint`}>
          {a(lang, name === "numerator" ? "numeratorHint" : "denominatorHint")}
        </p>
        <textarea
          id={id}
          className="code"
          rows={2}
          spellCheck={false}
          value={form[name]}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint ${id}-check`}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
          onBlur={() => setTouched({ ...touched, [name]: true })}
        />
        <div id={`${id}-check`} aria-live="polite">
          {show && check.ok && <p className="field-ok">{a(lang, "compiles")}</p>}
          {invalid &&
            check.errors.map((err, i) => (
              <p key={i} className="field-error">
                {tx(lang, err)}
              </p>
            ))}
        </div>
      </div>
    );
  };

  return (
    <>
      <section aria-labelledby="library-title">
        <h2 id="library-title">{a(lang, "library")}</h2>
        {libraryMessage && <p className="notice">{libraryMessage}</p>}
        {!library && !libraryMessage && <p>{a(lang, "loading")}</p>}
        {library && (
          <table id="indicator-library">
            <caption>
              {a(lang, "libraryCaption")} ({library.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "id")}</th>
                <th scope="col">{a(lang, "title")}</th>
                <th scope="col">{a(lang, "kind")}</th>
                <th scope="col">{a(lang, "numerator")}</th>
                <th scope="col">{a(lang, "denominator")}</th>
              </tr>
            </thead>
            <tbody>
              {library.map((d) => (
                <tr key={d.id} data-indicator={d.id}>
                  <th scope="row">
                    <code>{d.id}</code>
                  </th>
                  <td>{tx(lang, d.title)}</td>
                  <td>{d.kind === "CUSTOM" ? a(lang, "custom") : a(lang, "default")}</td>
                  <td>
                    <code className="expr">{d.numerator}</code>
                  </td>
                  <td>
                    <code className="expr">{d.denominator}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="define-title" className="panel">
        <h2 id="define-title">{a(lang, "defineIndicator")}</h2>
        <p className="hint">{a(lang, "defineHint")}</p>
        <form
          noValidate
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            define();
          }}
        >
          <div className="field">
            <label htmlFor="indicator-id">{a(lang, "indicatorId")}</label>
            <input id="indicator-id" value={form.id} onChange={(e) => setForm({ ...form, id: e.target.value })} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="indicator-title-sv">{a(lang, "titleSv")}</label>
            <input id="indicator-title-sv" lang="sv" className="wide" value={form.titleSv} onChange={(e) => setForm({ ...form, titleSv: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="indicator-title-en">{a(lang, "titleEn")}</label>
            <input id="indicator-title-en" lang="en" className="wide" value={form.titleEn} onChange={(e) => setForm({ ...form, titleEn: e.target.value })} />
          </div>
          {expression("numerator", numerator)}
          {expression("denominator", denominator)}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {a(lang, "define")}
            </button>
          </div>
        </form>
        {result && (
          <div ref={resultRef} tabIndex={-1} role={result.ok ? "status" : "alert"} className={`notice ${result.ok ? "ok" : "bad"}`}>
            {result.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
