import { useEffect, useRef, useState } from "react";
import { navigate } from "../App";
import { ApiError } from "../api";
import type { Lang } from "../engine/model";
import { t, tx } from "../i18n";
import type { AdminApi, QuestionnaireSummary } from "./adminApi";
import { codes, ORG_TYPES } from "./logic";
import { a, typeText, useTitle } from "./texts";

/** A date typed as YYYY-MM-DD: a native date picker orders the parts by the browser's language. */
export function DateInput({ id, lang, value, onChange }: { id: string; lang: Lang; value: string; onChange(v: string): void }) {
  return (
    <>
      <p className="hint" id={`${id}-hint`}>
        {a(lang, "dateHint")}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date"
        placeholder={lang === "sv" ? "ÅÅÅÅ-MM-DD" : "YYYY-MM-DD"}
        aria-describedby={`${id}-hint`}
        aria-invalid={value !== "" && !isDate(value) ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
      />
    </>
  );
}

export function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

/** Creates a round (DRAFT): questionnaire version, population, dates, opening and closing by itself. */
export function NewRoundPage({ api, lang }: { api: AdminApi; lang: Lang }) {
  const [questionnaires, setQuestionnaires] = useState<QuestionnaireSummary[] | null>(null);
  const [form, setForm] = useState({
    id: "",
    titleSv: "",
    titleEn: "",
    questionnaire: "",
    by: "types" as "types" | "codes",
    types: new Set<string>(["REGION", "MUNICIPALITY"]),
    codes: "",
    opensAt: "",
    closesAt: "",
    autoOpen: false,
    autoClose: false,
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  useTitle(lang, "newRoundTitle");

  useEffect(() => {
    api
      .questionnaires()
      .then((list) => {
        setQuestionnaires(list);
        if (list.length > 0) setForm((f) => ({ ...f, questionnaire: f.questionnaire || `${list[0].id}@${list[0].version}` }));
      })
      .catch(() => setQuestionnaires([]));
  }, [api]);
  useEffect(() => {
    if (errors.length) errorRef.current?.focus();
  }, [errors]);

  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const [qid, qversion] = form.questionnaire.split("@");
    const problems: string[] = [];
    if (!form.id.trim()) problems.push(a(lang, "needId"));
    if (!form.titleSv.trim()) problems.push(a(lang, "needTitle"));
    if (!qid || !Number(qversion)) problems.push(a(lang, "needQuestionnaire"));
    if (form.by === "types" && form.types.size === 0) problems.push(a(lang, "needPopulation"));
    if (form.by === "codes" && codes(form.codes).length === 0) problems.push(a(lang, "needPopulation"));
    if (!isDate(form.opensAt) || !isDate(form.closesAt)) problems.push(a(lang, "needDates"));
    if (problems.length) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    try {
      const id = form.id.trim();
      await api.createRound({
        id,
        title: { sv: form.titleSv.trim(), en: form.titleEn.trim() || form.titleSv.trim() },
        questionnaire: { id: qid, version: Number(qversion) },
        population: form.by === "types" ? { types: ORG_TYPES.filter((t) => form.types.has(t)) } : { organisations: codes(form.codes) },
        opensAt: form.opensAt,
        closesAt: form.closesAt,
        schedule: { autoOpen: form.autoOpen, autoClose: form.autoClose },
      });
      navigate(`/admin/rounds/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError) {
        const vs = e.problem?.violations?.map((v) => (v.field ? `${v.field}: ${v.message}` : v.message));
        setErrors(vs?.length ? vs : [`${e.status}: ${e.message}`]);
      } else setErrors([String((e as Error).message)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{a(lang, "newRoundTitle")}</h1>
      {errors.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>{a(lang, "cannotCreate")}</h2>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        noValidate
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor="round-id">{a(lang, "roundId")}</label>
          <p className="hint" id="round-id-hint">
            {a(lang, "roundIdHint")}
          </p>
          <input id="round-id" aria-describedby="round-id-hint" value={form.id} onChange={(e) => set({ id: e.target.value })} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="round-title-sv">{a(lang, "titleSv")}</label>
          <input id="round-title-sv" lang="sv" value={form.titleSv} onChange={(e) => set({ titleSv: e.target.value })} className="wide" />
        </div>
        <div className="field">
          <label htmlFor="round-title-en">{a(lang, "titleEn")}</label>
          <input id="round-title-en" lang="en" value={form.titleEn} onChange={(e) => set({ titleEn: e.target.value })} className="wide" />
        </div>
        <div className="field">
          <label htmlFor="round-questionnaire">{a(lang, "questionnaireVersion")}</label>
          {questionnaires === null ? (
            // Still loading: a disabled list, never the typed fallback (which would flash by).
            <select id="round-questionnaire" disabled aria-busy="true">
              <option>{t(lang, "loading")}</option>
            </select>
          ) : questionnaires.length > 0 ? (
            <select id="round-questionnaire" value={form.questionnaire} onChange={(e) => set({ questionnaire: e.target.value })}>
              {questionnaires.map((q) => (
                <option key={`${q.id}@${q.version}`} value={`${q.id}@${q.version}`}>
                  {tx(lang, q.title)} – {q.id} v{q.version}
                </option>
              ))}
            </select>
          ) : (
            <>
              <p className="hint" id="round-questionnaire-hint">
                {a(lang, "questionnaireTyped")}
              </p>
              <input
                id="round-questionnaire"
                aria-describedby="round-questionnaire-hint"
                value={form.questionnaire}
                onChange={(e) => set({ questionnaire: e.target.value })}
              />
            </>
          )}
        </div>
        <fieldset>
          <legend>{a(lang, "population")}</legend>
          <div className="option">
            <input id="by-types" type="radio" name="population" checked={form.by === "types"} onChange={() => set({ by: "types" })} />
            <label htmlFor="by-types">{a(lang, "byTypes")}</label>
          </div>
          {form.by === "types" && (
            <div className="options indent">
              {ORG_TYPES.map((t) => (
                <div className="option" key={t}>
                  <input
                    id={`type-${t}`}
                    type="checkbox"
                    checked={form.types.has(t)}
                    onChange={() => {
                      const types = new Set(form.types);
                      if (types.has(t)) types.delete(t);
                      else types.add(t);
                      set({ types });
                    }}
                  />
                  <label htmlFor={`type-${t}`}>{typeText(lang, t)}</label>
                </div>
              ))}
            </div>
          )}
          <div className="option">
            <input id="by-codes" type="radio" name="population" checked={form.by === "codes"} onChange={() => set({ by: "codes" })} />
            <label htmlFor="by-codes">{a(lang, "byCodes")}</label>
          </div>
          {form.by === "codes" && (
            <div className="field indent">
              <label htmlFor="population-codes">{a(lang, "codes")}</label>
              <p className="hint" id="population-codes-hint">
                {a(lang, "codesHint")} {codes(form.codes).length > 0 && `(${codes(form.codes).length})`}
              </p>
              <textarea id="population-codes" aria-describedby="population-codes-hint" rows={3} value={form.codes} onChange={(e) => set({ codes: e.target.value })} />
            </div>
          )}
        </fieldset>
        <div className="row">
          <div className="field">
            <label htmlFor="round-opens">{a(lang, "opensAt")}</label>
            <DateInput id="round-opens" lang={lang} value={form.opensAt} onChange={(v) => set({ opensAt: v })} />
          </div>
          <div className="field">
            <label htmlFor="round-closes">{a(lang, "closesAt")}</label>
            <DateInput id="round-closes" lang={lang} value={form.closesAt} onChange={(v) => set({ closesAt: v })} />
          </div>
        </div>
        <fieldset>
          <legend>{a(lang, "schedule")}</legend>
          <div className="option">
            <input id="auto-open" type="checkbox" checked={form.autoOpen} onChange={(e) => set({ autoOpen: e.target.checked })} />
            <label htmlFor="auto-open">{a(lang, "autoOpen")}</label>
          </div>
          <div className="option">
            <input id="auto-close" type="checkbox" checked={form.autoClose} onChange={(e) => set({ autoClose: e.target.checked })} />
            <label htmlFor="auto-close">{a(lang, "autoClose")}</label>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {a(lang, "createRound")}
          </button>
        </div>
      </form>
    </>
  );
}
