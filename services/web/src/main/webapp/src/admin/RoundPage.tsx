import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api";
import type { Lang } from "../engine/model";
import { formatDate, tx } from "../i18n";
import { Unavailable, type AdminApi, type AdminRound } from "./adminApi";
import { Link } from "./AdminConsole";
import { AuditTab } from "./AuditTab";
import { IndicatorsTab } from "./IndicatorsTab";
import { ProgressTab } from "./ProgressTab";
import { DateInput, isDate } from "./NewRoundPage";
import { ReleasesTab } from "./ReleasesTab";
import { a, statusText, typeText, type AdminKey } from "./texts";

export const TABS = ["overview", "progress", "indicators", "releases", "audit"] as const;
export type Tab = (typeof TABS)[number];
const TAB_TEXT: Record<Tab, AdminKey> = {
  overview: "tabOverview",
  progress: "tabProgress",
  indicators: "tabIndicators",
  releases: "tabReleases",
  audit: "tabAudit",
};

/** One round: its state and lifecycle actions, and a page per step (progress, indicators, …). */
export function RoundPage({ api, lang, roundId, tab }: { api: AdminApi; lang: Lang; roundId: string; tab: Tab }) {
  const [round, setRound] = useState<AdminRound | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api
      .adminRound(roundId)
      .then(setRound)
      .catch((e) => setError(e instanceof ApiError ? `${e.status}: ${e.message}` : String(e)));
  }, [api, roundId]);
  useEffect(reload, [reload]);
  useEffect(() => {
    if (round) document.title = `${a(lang, TAB_TEXT[tab])}: ${tx(lang, round.title)} – enkat`;
  }, [round, lang, tab]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!round) return <p>{a(lang, "loading")}</p>;
  const base = `/admin/rounds/${encodeURIComponent(round.id)}`;
  return (
    <>
      <h1 tabIndex={-1}>
        {tx(lang, round.title)} <span className={`badge status-${round.status.toLowerCase()}`}>{statusText(lang, round.status)}</span>
      </h1>
      <p className="meta">
        {round.id} · {round.questionnaire.id} v{round.questionnaire.version} · {formatDate(lang, round.opensAt)} – {formatDate(lang, round.closesAt)}
      </p>
      <nav aria-label={a(lang, "roundNav")} className="tabs">
        {TABS.map((t) => (
          <Link key={t} href={t === "overview" ? base : `${base}/${t}`} current={t === tab}>
            {a(lang, TAB_TEXT[t])}
          </Link>
        ))}
      </nav>
      {tab === "overview" && <Overview api={api} lang={lang} round={round} onChange={setRound} />}
      {tab === "progress" && <ProgressTab api={api} lang={lang} round={round} />}
      {tab === "indicators" && <IndicatorsTab api={api} lang={lang} round={round} />}
      {tab === "releases" && <ReleasesTab api={api} lang={lang} round={round} />}
      {tab === "audit" && <AuditTab api={api} lang={lang} round={round} />}
    </>
  );
}

function Overview({ api, lang, round, onChange }: { api: AdminApi; lang: Lang; round: AdminRound; onChange(r: AdminRound): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [busy, setBusy] = useState(false);
  const [extendTo, setExtendTo] = useState("");
  const [extendOrg, setExtendOrg] = useState("");

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      onChange(await api.adminRound(round.id));
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Unavailable ? a(lang, "notOnServer") : e instanceof ApiError ? `${e.status}: ${e.message}` : String(e) });
    } finally {
      setBusy(false);
      setConfirmClose(false);
    }
  };

  const population = round.population?.types
    ? round.population.types.map((t) => typeText(lang, t)).join(", ")
    : `${round.population?.organisations?.length ?? 0} ${a(lang, "organisationsN")}: ${(round.population?.organisations ?? []).slice(0, 12).join(", ")}${(round.population?.organisations?.length ?? 0) > 12 ? " …" : ""}`;

  return (
    <>
      <dl className="facts">
        <dt>{a(lang, "status")}</dt>
        <dd>{statusText(lang, round.status)}</dd>
        <dt>{a(lang, "population")}</dt>
        <dd>{population}</dd>
        <dt>{a(lang, "opensAt")}</dt>
        <dd>
          {formatDate(lang, round.opensAt)}
          {round.schedule?.autoOpen ? ` (${a(lang, "byItself")})` : ""}
        </dd>
        <dt>{a(lang, "closesAt")}</dt>
        <dd>
          {formatDate(lang, round.closesAt)}
          {round.schedule?.autoClose ? ` (${a(lang, "byItself")})` : ""}
        </dd>
        {round.openedAt && (
          <>
            <dt>{a(lang, "openedAt")}</dt>
            <dd>{formatDate(lang, round.openedAt)}</dd>
          </>
        )}
        {round.closedAt && (
          <>
            <dt>{a(lang, "closedAt")}</dt>
            <dd>{formatDate(lang, round.closedAt)}</dd>
          </>
        )}
      </dl>
      {(round.extensions?.length ?? 0) > 0 && (
        <table id="extensions">
          <caption>
            {a(lang, "extensions")} ({round.extensions!.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{a(lang, "organisation")}</th>
              <th scope="col">{a(lang, "newClosesAt")}</th>
              <th scope="col">{a(lang, "when")}</th>
              <th scope="col">{a(lang, "by")}</th>
            </tr>
          </thead>
          <tbody>
            {round.extensions!.map((x, i) => (
              <tr key={i}>
                <th scope="row">{x.organisation ?? a(lang, "wholeRound")}</th>
                <td>{formatDate(lang, x.closesAt)}</td>
                <td>{formatDate(lang, x.extendedAt)}</td>
                <td>{x.extendedBy ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div aria-live="polite">{message && <p className={`notice ${message.ok ? "ok" : "bad"}`}>{message.text}</p>}</div>
      <section aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{a(lang, "lifecycle")}</h2>
        {round.status === "DRAFT" && (
          <>
            <p>{a(lang, "openHelp")}</p>
            <button type="button" disabled={busy} onClick={() => act(() => api.openRound(round.id), a(lang, "openedNow"))}>
              {a(lang, "openRound")}
            </button>
          </>
        )}
        {round.status === "OPEN" && !confirmClose && (
          <button type="button" className="secondary" disabled={busy} onClick={() => setConfirmClose(true)}>
            {a(lang, "closeRound")}
          </button>
        )}
        {round.status === "OPEN" && confirmClose && (
          <div className="notice bad" role="group" aria-labelledby="confirm-close">
            <p id="confirm-close">{a(lang, "closeConfirm")}</p>
            <button type="button" autoFocus disabled={busy} onClick={() => act(() => api.closeRound(round.id), a(lang, "closedNow"))}>
              {a(lang, "closeYes")}
            </button>{" "}
            <button type="button" className="secondary" onClick={() => setConfirmClose(false)}>
              {a(lang, "cancel")}
            </button>
          </div>
        )}
        {round.status === "CLOSED" && <p>{a(lang, "closedHelp")}</p>}
      </section>
      {round.status !== "CLOSED" && (
        <section aria-labelledby="extend-title">
          <h2 id="extend-title">{a(lang, "extendTitle")}</h2>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (isDate(extendTo)) act(() => api.extend(round.id, extendTo, extendOrg.trim() || undefined), a(lang, "extended"));
            }}
          >
            <div className="field">
              <label htmlFor="extend-to">{a(lang, "newClosesAt")}</label>
              <DateInput id="extend-to" lang={lang} value={extendTo} onChange={setExtendTo} />
            </div>
            <div className="field">
              <label htmlFor="extend-org">{a(lang, "extendOrg")}</label>
              <input id="extend-org" value={extendOrg} onChange={(e) => setExtendOrg(e.target.value)} aria-describedby="extend-org-hint" size={8} />
              <p className="hint" id="extend-org-hint">
                {a(lang, "extendOrgHint")}
              </p>
            </div>
            <button type="submit" disabled={busy || !isDate(extendTo)}>
              {a(lang, "extend")}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
