import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api";
import type { Lang, Questionnaire } from "../engine/model";
import { formatDate, tx } from "../i18n";
import { Unavailable, type AdminApi, type QuestionnaireSummary } from "./adminApi";
import { groupByQuestion, type QuestionGroup } from "./logic";
import { FormPreview } from "./FormPreview";
import { a, useTitle } from "./texts";

type Outcome =
  | { kind: "stored"; id: string; version: number; created: boolean }
  | { kind: "invalid"; groups: QuestionGroup[]; count: number; uploaded: any }
  | { kind: "error"; message: string };

/** Stored questionnaires and their versions; upload a file and see the check per question; preview. */
export function QuestionnairesPage({ api, lang }: { api: AdminApi; lang: Lang }) {
  const [list, setList] = useState<QuestionnaireSummary[] | null>(null);
  const [listMessage, setListMessage] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [preview, setPreview] = useState<Questionnaire | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  useTitle(lang, "questionnairesTitle");

  const load = useCallback(() => {
    api
      .questionnaires()
      .then((l) => {
        setList(l);
        setListMessage(null);
      })
      .catch((e) => setListMessage(e instanceof Unavailable ? a(lang, "notOnServer") : String(e.message ?? e)));
  }, [api, lang]);
  useEffect(load, [load]);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const showVersion = async (id: string, version: number) => {
    try {
      setPreview(await api.questionnaireVersion(id, version));
      setTimeout(() => previewRef.current?.focus(), 0);
    } catch (e) {
      setOutcome({ kind: "error", message: String((e as Error).message) });
    }
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    let uploaded: any;
    try {
      uploaded = JSON.parse(await file.text());
    } catch (e) {
      setOutcome({ kind: "error", message: `${a(lang, "notJson")} ${String((e as Error).message)}` });
      setBusy(false);
      return;
    }
    try {
      const stored = await api.upload(uploaded);
      setOutcome({ kind: "stored", id: stored.id, version: stored.version, created: true });
      load();
      await showVersion(stored.id, stored.version);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.problem?.violations?.length) {
        const violations = e.problem.violations;
        setOutcome({ kind: "invalid", groups: groupByQuestion(uploaded, violations), count: violations.length, uploaded });
        setPreview(null);
      } else {
        setOutcome({ kind: "error", message: e instanceof ApiError ? `${e.status}: ${e.message}` : String((e as Error).message) });
      }
    } finally {
      setBusy(false);
    }
  };

  const byId = new Map<string, QuestionnaireSummary[]>();
  for (const q of list ?? []) byId.set(q.id, [...(byId.get(q.id) ?? []), q].sort((x, y) => y.version - x.version));

  return (
    <>
      <h1 tabIndex={-1}>{a(lang, "questionnairesTitle")}</h1>

      <section aria-labelledby="upload-title" className="panel">
        <h2 id="upload-title">{a(lang, "uploadTitle")}</h2>
        <p className="hint" id="upload-hint">
          {a(lang, "uploadHint")}
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            upload();
          }}
          className="inline-form"
        >
          <div className="field">
            <label htmlFor="questionnaire-file">{a(lang, "file")}</label>
            <input
              id="questionnaire-file"
              type="file"
              accept=".json,application/json"
              aria-describedby="upload-hint"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" disabled={!file || busy}>
            {busy ? a(lang, "checking") : a(lang, "uploadAndCheck")}
          </button>
        </form>
        {outcome && (
          <div ref={outcomeRef} tabIndex={-1} className="outcome">
            {outcome.kind === "stored" && (
              <p className="notice ok" role="status">
                {a(lang, "stored")} <strong>{outcome.id}</strong>, {a(lang, "version").toLowerCase()} {outcome.version}.
              </p>
            )}
            {outcome.kind === "error" && (
              <p className="notice bad" role="alert">
                {outcome.message}
              </p>
            )}
            {outcome.kind === "invalid" && <CheckResult lang={lang} groups={outcome.groups} count={outcome.count} uploaded={outcome.uploaded} />}
          </div>
        )}
      </section>

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">{a(lang, "storedTitle")}</h2>
        {listMessage && <p className="notice">{listMessage}</p>}
        {list && (
          <table>
            <caption>
              {a(lang, "storedCaption")} ({byId.size})
            </caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "title")}</th>
                <th scope="col">{a(lang, "id")}</th>
                <th scope="col">{a(lang, "versions")}</th>
                <th scope="col">{a(lang, "questions")}</th>
                <th scope="col">{a(lang, "uploadedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {[...byId.entries()].map(([id, versions]) => (
                <tr key={id}>
                  <td>{tx(lang, versions[0].title)}</td>
                  <td>{id}</td>
                  <td>
                    {versions.map((v) => (
                      <button key={v.version} type="button" className="link" onClick={() => showVersion(id, v.version)}>
                        v{v.version}
                        {/* the accessible name starts with the visible text (WCAG 2.5.3) */}
                        <span className="visually-hidden">
                          {" "}
                          – {a(lang, "preview")} {id}
                        </span>
                      </button>
                    ))}
                  </td>
                  <td>{versions[0].questions}</td>
                  <td>{formatDate(lang, versions[0].uploadedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {preview && (
        <section aria-labelledby="preview-title" ref={previewRef} tabIndex={-1}>
          <h2 id="preview-title">
            {a(lang, "preview")}: {tx(lang, preview.title)} ({preview.id} v{preview.version})
          </h2>
          <FormPreview lang={lang} questionnaire={preview} />
        </section>
      )}
    </>
  );
}

function CheckResult({ lang, groups, count, uploaded }: { lang: Lang; groups: QuestionGroup[]; count: number; uploaded: any }) {
  const textOf = (id: string) => {
    for (const s of uploaded?.sections ?? []) for (const q of s?.questions ?? []) if (q?.id === id) return tx(lang, q.text);
    return "";
  };
  return (
    <div className="error-summary" role="alert" aria-labelledby="check-title">
      <h3 id="check-title">
        {a(lang, "checkFailed")} ({count} {a(lang, "errorsN")})
      </h3>
      <ul className="check-groups">
        {groups.map((g) => (
          <li key={g.question ?? "-"} data-question={g.question ?? ""}>
            <strong>{g.question ? `${a(lang, "question")} ${g.question}` : a(lang, "wholeQuestionnaire")}</strong>
            {g.question && textOf(g.question) && <span className="meta"> – {textOf(g.question)}</span>}
            <ul>
              {g.violations.map((v, i) => (
                <li key={i}>
                  {v.message}
                  {v.field && <span className="meta small"> ({v.field})</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
