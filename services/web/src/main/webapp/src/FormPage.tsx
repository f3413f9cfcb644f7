import { useCallback, useEffect, useRef, useState } from "react";
import { navigate } from "./App";
import { ApiError, NetworkError, type Api, type Revision, type Round } from "./api";
import { CompiledQuestionnaire } from "./engine/evaluate";
import type { Answers, Lang, Organisation, Questionnaire, RawAnswer, Text, Violation } from "./engine/model";
import { initialState, setAnswer, setComment, type FormState } from "./form";
import { formatDate, t, tx } from "./i18n";
import { fieldId, QuestionField } from "./QuestionField";
import { ReadOnlyAnswers } from "./ReadOnlyAnswers";
import { keyFor, submitWithRetries, type PendingSubmit } from "./submission";
import { RevisionList, StatusBanner, type Phase } from "./Verdict";

const AUTOSAVE_MS = 1200;
/** Codes the browser shows as soon as an answer is typed; "required" waits for a check. */
const LIVE_CODES = new Set(["wrong_type", "not_a_choice", "constraint", "out_of_range", "too_long", "invalid_date"]);

interface Loaded {
  round: Round;
  questionnaire: Questionnaire;
  engine: CompiledQuestionnaire;
  organisation: Organisation;
  revisions: Revision[];
  latest: Revision | null;
}

/** The respondent's form for one round: answer, autosave, check, submit, follow the verdict. */
export function FormPage({ api, lang, org, roundId }: { api: Api; lang: Lang; org: string; roundId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, setState] = useState<FormState | null>(null);
  const [serverViolations, setServerViolations] = useState<Violation[] | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [phase, setPhase] = useState<Phase>({ kind: "editing" });
  const [saved, setSaved] = useState<{ at?: string; saving: boolean; failed: boolean }>({ saving: false, failed: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  const latestState = useRef<FormState | null>(null);
  // The Idempotency-Key of the submission in flight, kept until its 202 arrives.
  const pending = useRef<PendingSubmit | null>(null);

  const load = useCallback(async () => {
    const [round, questionnaire, orgView] = await Promise.all([api.round(roundId), api.questionnaire(roundId), api.organisation(org)]);
    const [draft, latest, revisions] = await Promise.all([
      round.status === "OPEN" ? api.draft(roundId, org) : null,
      api.latest(roundId, org),
      api.revisions(roundId, org).catch(() => null),
    ]);
    const engine = new CompiledQuestionnaire(questionnaire);
    const organisation: Organisation = { code: orgView.code, type: orgView.type, county: orgView.county };
    const useDraft = draft && (!latest || draft.savedAt > latest.submittedAt);
    const start = useDraft ? draft! : latest;
    setLoaded({ round, questionnaire, engine, organisation, revisions: revisions ?? (latest ? [latest] : []), latest });
    setState(initialState(engine, organisation, (start?.answers ?? {}) as Answers, start?.comments ?? {}));
    if (useDraft) setSaved({ at: draft!.savedAt, saving: false, failed: false });
    if (latest?.status === "REJECTED" && !useDraft) setServerViolations(latest.violations);
    if (latest?.status === "RECEIVED") setPhase({ kind: "waiting", revision: latest.revision });
  }, [api, roundId, org]);

  useEffect(() => {
    load().catch((e) => setLoadError(e instanceof ApiError ? `${e.status}: ${e.message}` : String(e)));
  }, [load]);

  useEffect(() => {
    if (loaded) document.title = `${tx(lang, loaded.questionnaire.title)} – enkat`;
  }, [loaded, lang]);

  const open = loaded?.round.status === "OPEN";

  // ---- Drafts: saved a moment after the last change, and at once when the page is left. ----
  const saveDraft = useCallback(
    async (keepalive = false) => {
      const current = latestState.current;
      if (!current || !dirty.current || !open) return;
      dirty.current = false;
      setSaved((s) => ({ ...s, saving: true }));
      try {
        const draft = await api.saveDraft(roundId, org, current.answers, current.comments, keepalive);
        setSaved({ at: draft.savedAt, saving: false, failed: false });
      } catch {
        dirty.current = true;
        setSaved((s) => ({ ...s, saving: false, failed: true }));
      }
    },
    [api, roundId, org, open],
  );

  useEffect(() => {
    latestState.current = state;
    if (!dirty.current) return;
    const timer = setTimeout(() => saveDraft(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state, saveDraft]);

  useEffect(() => {
    const leave = () => {
      if (document.visibilityState === "hidden") saveDraft(true);
    };
    const pagehide = () => saveDraft(true);
    document.addEventListener("visibilitychange", leave);
    window.addEventListener("pagehide", pagehide);
    return () => {
      document.removeEventListener("visibilitychange", leave);
      window.removeEventListener("pagehide", pagehide);
      saveDraft(true); // leaving the page inside the app
    };
  }, [saveDraft]);

  // ---- Answering ----
  const answer = (id: string, value: RawAnswer | undefined) => {
    if (!loaded || !state) return;
    dirty.current = true;
    setTouched((s) => new Set(s).add(id));
    setServerViolations((v) => v && v.filter((x) => x.question !== id));
    setState(setAnswer(loaded.engine, loaded.organisation, state, id, value));
    if (phase.kind === "checked" || phase.kind === "submitFailed") setPhase({ kind: "editing" });
  };
  const comment = (id: string, text: string) => {
    if (!state) return;
    dirty.current = true;
    setState(setComment(state, id, text));
  };

  // Focus moves to the error summary (or the all-clear) once it is on the screen.
  const [focusRequest, setFocusRequest] = useState(0);
  const focusSummary = () => setFocusRequest((n) => n + 1);
  useEffect(() => {
    if (focusRequest > 0) (summaryRef.current ?? statusRef.current)?.focus();
  }, [focusRequest]);

  // ---- Check my answers: the server's verdict, nothing stored ----
  const check = async () => {
    if (!state) return;
    setPhase({ kind: "checking" });
    try {
      const verdict = await api.check(roundId, org, state.answers, state.comments);
      setServerViolations(verdict.violations);
      setPhase({ kind: "checked", ok: verdict.violations.length === 0 });
      focusSummary();
    } catch (e) {
      setPhase({ kind: "submitFailed", message: String((e as Error).message) });
    }
  };

  // ---- Submit: one Idempotency-Key per body, kept and retried until a 202 arrives ----
  const submit = async () => {
    if (!state) return;
    await saveDraft();
    const body = JSON.stringify({ answers: state.answers, comments: state.comments });
    pending.current = keyFor(pending.current, body, () => crypto.randomUUID());
    setPhase({ kind: "submitting", retrying: false });
    try {
      const receipt = await submitWithRetries(
        (key) => api.submit(roundId, org, state.answers, state.comments, key),
        pending.current.key,
        () => setPhase({ kind: "submitting", retrying: true }),
      );
      pending.current = null;
      setPhase({ kind: "waiting", revision: receipt.revision });
    } catch (e) {
      // The key stays: the next click sends the same body with it.
      const message = e instanceof NetworkError ? t(lang, "submitFailed") : String((e as Error).message);
      setPhase({ kind: "submitFailed", message });
    }
  };

  // ---- Follow the verdict of a submitted revision ----
  useEffect(() => {
    if (phase.kind !== "waiting") return;
    let stopped = false;
    const poll = async () => {
      while (!stopped) {
        try {
          const latest = await api.latest(roundId, org);
          if (latest && latest.revision >= phase.revision && latest.status !== "RECEIVED") {
            const revisions = await api.revisions(roundId, org).catch(() => null);
            setLoaded((l) => l && { ...l, latest, revisions: revisions ?? [latest] });
            setServerViolations(latest.status === "REJECTED" ? latest.violations : []);
            setPhase({ kind: "editing" });
            focusSummary(); // the error summary of a rejection, else the verdict itself
            return;
          }
        } catch {
          /* try again */
        }
        await new Promise((r) => setTimeout(r, 700));
      }
    };
    poll();
    return () => {
      stopped = true;
    };
  }, [phase, api, roundId, org]);

  if (loadError) return <p role="alert" className="error">{t(lang, "error")}: {loadError}</p>;
  if (!loaded || !state) return <p>{t(lang, "loading")}</p>;

  const { questionnaire, engine, round, latest, revisions } = loaded;
  const shown = new Set(state.evaluation.visible);
  const required = new Set(state.evaluation.required);
  const errors = new Map<string, Text>();
  for (const v of state.evaluation.violations) {
    if (LIVE_CODES.has(v.code) && touched.has(v.question) && v.text) errors.set(v.question, v.text);
  }
  for (const v of serverViolations ?? []) errors.set(v.question, v.text ?? { sv: v.message, en: v.message });
  const summary = serverViolations ?? [];
  const back = (
    <p>
      <a href="/" onClick={(e) => { e.preventDefault(); navigate("/"); }}>
        ← {t(lang, "back")}
      </a>
    </p>
  );

  if (!open) {
    const accepted = revisions.find((r) => r.counts) ?? (latest?.status === "ACCEPTED" ? latest : null);
    return (
      <>
        {back}
        <h1>{tx(lang, questionnaire.title)}</h1>
        <p className="notice">{accepted ? t(lang, "closedHelp") : t(lang, "closedNone")}</p>
        {accepted && <ReadOnlyAnswers lang={lang} questionnaire={questionnaire} revision={accepted} />}
        <RevisionList lang={lang} revisions={revisions} />
      </>
    );
  }

  const busy = phase.kind === "checking" || phase.kind === "submitting" || phase.kind === "waiting";
  return (
    <>
      {back}
      <h1>{tx(lang, questionnaire.title)}</h1>
      <p className="meta">
        {t(lang, "closes")}: {formatDate(lang, round.closesAt)} · {t(lang, "requiredNote")}
      </p>
      <StatusBanner lang={lang} latest={latest} phase={phase} focusRef={statusRef} />
      {summary.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">
            {t(lang, "errorsTitle")} ({summary.length} {t(lang, "errorsCount")})
          </h2>
          <ul>
            {summary.map((v) => (
              <li key={v.question + v.code}>
                {shown.has(v.question) ? (
                  <a href={`#${fieldId(v.question)}`} onClick={(e) => { e.preventDefault(); focusQuestion(v.question); }}>
                    {questionText(engine, lang, v.question)} – {tx(lang, v.text ?? { sv: v.message, en: v.message })}
                  </a>
                ) : (
                  <span>
                    {questionText(engine, lang, v.question)} – {tx(lang, v.text ?? { sv: v.message, en: v.message })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {phase.kind === "checked" && phase.ok && (
        <div className="notice ok" role="status" tabIndex={-1} ref={summaryRef}>
          {t(lang, "checkOk")}
        </div>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {questionnaire.sections.map((section) => {
          const questions = section.questions.filter((q) => shown.has(q.id));
          if (questions.length === 0) return null;
          return (
            <section key={section.id} className="section" aria-labelledby={`s-${section.id}`}>
              <h2 id={`s-${section.id}`}>{tx(lang, section.title)}</h2>
              {questions.map((q) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  lang={lang}
                  value={state.answers[q.id]}
                  comment={state.comments[q.id]}
                  required={required.has(q.id)}
                  error={errors.get(q.id)}
                  onAnswer={(value) => answer(q.id, value)}
                  onComment={(text) => comment(q.id, text)}
                />
              ))}
            </section>
          );
        })}
        <div className="actions">
          <p className="save-state" role="status" aria-live="polite">
            {saved.saving ? t(lang, "saving") : saved.failed ? t(lang, "saveFailed") : saved.at ? `${t(lang, "draftSaved")} ${formatDate(lang, saved.at)}` : ""}
          </p>
          <button type="button" className="secondary" onClick={check} disabled={busy}>
            {phase.kind === "checking" ? t(lang, "checking") : t(lang, "check")}
          </button>
          <button type="submit" disabled={busy}>
            {phase.kind === "submitting" ? t(lang, "submitting") : t(lang, "submit")}
          </button>
        </div>
        {phase.kind === "submitFailed" && (
          <p role="alert" className="error">
            {phase.message}
          </p>
        )}
      </form>
      <RevisionList lang={lang} revisions={revisions} />
    </>
  );
}

function focusQuestion(id: string) {
  const element = document.getElementById(fieldId(id));
  if (!element) return;
  const input = element.matches("fieldset") ? element.querySelector<HTMLInputElement>("input") : element;
  (input ?? element).focus();
  element.scrollIntoView({ block: "center" });
}

function questionText(engine: CompiledQuestionnaire, lang: Lang, id: string): string {
  const q = engine.question(id);
  return q ? tx(lang, q.text) : id;
}

