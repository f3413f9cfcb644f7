import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../engine/model";
import { formatDate, tx } from "../i18n";
import { Unavailable, queryString, type AdminApi, type AdminRound, type OrgProgress, type OrgState, type Progress, type ReminderRecord } from "./adminApi";
import { filterRows, rateText, silentCodes, sortRows, type RowFilter, type SortKey } from "./logic";
import { a, stateText, typeText, type AdminKey } from "./texts";

/** How often an open round's progress is fetched again. */
export const POLL_MS = 4000;
const STATES: OrgState[] = ["SILENT", "DRAFT", "RECEIVED", "REJECTED", "ACCEPTED"];

/** Progress per type and per organisation, refreshed while the round is open; reminders. */
export function ProgressTab({ api, lang, round }: { api: AdminApi; lang: Lang; round: AdminRound }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [rows, setRows] = useState<OrgProgress[] | null>(null);
  const [rowsMessage, setRowsMessage] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [filter, setFilter] = useState<RowFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "organisation", ascending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reminders, setReminders] = useState<ReminderRecord[] | null>(null);
  const [reminderMessage, setReminderMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  const refresh = useCallback(async () => {
    const [p, r] = await Promise.allSettled([api.progress(round.id), api.organisationProgress(round.id)]);
    if (p.status === "fulfilled") setProgress(p.value);
    if (r.status === "fulfilled") {
      setRows(r.value);
      setRowsMessage(null);
    } else setRowsMessage(r.reason instanceof Unavailable ? a(lang, "notOnServer") : String(r.reason?.message ?? r.reason));
    setUpdatedAt(new Date());
  }, [api, round.id, lang]);

  const loadReminders = useCallback(() => {
    api
      .reminders(round.id)
      .then(setReminders)
      .catch(() => setReminders(null));
  }, [api, round.id]);

  useEffect(() => {
    refresh();
    loadReminders();
    if (round.status !== "OPEN") return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh, loadReminders, round.status]);

  const shown = useMemo(() => (rows ? sortRows(filterRows(rows, filter), sort.key, sort.ascending) : []), [rows, filter, sort]);
  const counties = useMemo(() => [...new Set((rows ?? []).map((r) => r.organisation.county))].sort(), [rows]);
  const silent = useMemo(() => silentCodes(rows ?? []), [rows]);

  const send = async () => {
    const list = [...selected];
    setSending(true);
    try {
      const queued = await api.remind(round.id, list);
      const mails = queued.reminders.reduce((n, r) => n + r.recipients.length, 0);
      const without = queued.withoutContacts ?? [];
      setReminderMessage({
        ok: without.length === 0,
        text:
          a(lang, "remindersSent").replace("{n}", String(queued.reminders.length)).replace("{m}", String(mails)) +
          (without.length ? ` ${a(lang, "withoutContacts")} ${without.join(", ")}.` : ""),
      });
      setSelected(new Set());
      loadReminders();
      refresh();
      // The mails go out through the outbox a moment later: follow their state for a while.
      for (const wait of [1500, 4000, 8000, 15000]) setTimeout(loadReminders, wait);
    } catch (e) {
      setReminderMessage({ ok: false, text: e instanceof Unavailable ? a(lang, "notOnServer") : String((e as Error).message) });
    } finally {
      setSending(false);
    }
  };

  const download = (format: "csv" | "xlsx") =>
    api
      .download(
        `/api/v1/rounds/${encodeURIComponent(round.id)}/progress/organisations${queryString({ ...filter, state: filter.state || undefined, format })}`,
        `${round.id}-progress.${format}`,
      )
      .catch((e) => setRowsMessage(String(e.message ?? e)));

  const header = (key: SortKey, label: AdminKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.ascending ? "ascending" : "descending") : undefined}>
      <button
        type="button"
        className="link sort"
        onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}
      >
        {a(lang, label)}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );

  return (
    <>
      <p className="meta" aria-live="off">
        {round.status === "OPEN" ? a(lang, "refreshing") : a(lang, "notRefreshing")}
        {updatedAt && ` ${a(lang, "updatedAt")} ${updatedAt.toLocaleTimeString(lang === "sv" ? "sv-SE" : "en-GB")}.`}
      </p>
      <section aria-labelledby="per-type-title">
        <h2 id="per-type-title">{a(lang, "perType")}</h2>
        {progress && (
          <table className="numbers" id="progress-per-type">
            <caption>{a(lang, "perTypeCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "type")}</th>
                <th scope="col">{a(lang, "invited")}</th>
                <th scope="col">{a(lang, "submitted")}</th>
                <th scope="col">{a(lang, "accepted")}</th>
                <th scope="col">{a(lang, "rejected")}</th>
                <th scope="col">{a(lang, "responseRate")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.types.map((t) => (
                <tr key={t.type} data-type={t.type}>
                  <th scope="row">{typeText(lang, t.type ?? "")}</th>
                  <td>{t.invited}</td>
                  <td>{t.submitted}</td>
                  <td>{t.accepted}</td>
                  <td>{t.rejected}</td>
                  <td className="rate">{rateText(lang, t.accepted, t.invited)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-type="TOTAL">
                <th scope="row">{a(lang, "total")}</th>
                <td>{progress.total.invited}</td>
                <td>{progress.total.submitted}</td>
                <td>{progress.total.accepted}</td>
                <td>{progress.total.rejected}</td>
                <td className="rate">{rateText(lang, progress.total.accepted, progress.total.invited)}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      <section aria-labelledby="per-org-title">
        <h2 id="per-org-title">{a(lang, "perOrganisation")}</h2>
        {rowsMessage && <p className="notice">{rowsMessage}</p>}
        {rows && (
          <>
            <form className="filters" role="search" aria-label={a(lang, "filters")} onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor="filter-state">{a(lang, "state")}</label>
                <select id="filter-state" value={filter.state ?? ""} onChange={(e) => setFilter({ ...filter, state: e.target.value as OrgState })}>
                  <option value="">{a(lang, "all")}</option>
                  {STATES.map((s) => (
                    <option key={s} value={s}>
                      {stateText(lang, s)} ({rows.filter((r) => r.state === s).length})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-type">{a(lang, "type")}</label>
                <select id="filter-type" value={filter.type ?? ""} onChange={(e) => setFilter({ ...filter, type: e.target.value })}>
                  <option value="">{a(lang, "all")}</option>
                  {[...new Set(rows.map((r) => r.organisation.type))].map((t) => (
                    <option key={t} value={t}>
                      {typeText(lang, t)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-county">{a(lang, "county")}</label>
                <select id="filter-county" value={filter.county ?? ""} onChange={(e) => setFilter({ ...filter, county: e.target.value })}>
                  <option value="">{a(lang, "all")}</option>
                  {counties.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-q">{a(lang, "search")}</label>
                <input id="filter-q" type="search" value={filter.q ?? ""} onChange={(e) => setFilter({ ...filter, q: e.target.value })} />
              </div>
              <div className="field downloads">
                <span className="label">{a(lang, "download")}</span>
                <span>
                  <button type="button" className="secondary small" onClick={() => download("csv")}>
                    CSV
                  </button>{" "}
                  <button type="button" className="secondary small" onClick={() => download("xlsx")}>
                    XLSX
                  </button>
                </span>
              </div>
            </form>

            <div className="toolbar" role="group" aria-label={a(lang, "reminders")}>
              <button type="button" className="secondary" onClick={() => setSelected(new Set(silent))} disabled={silent.length === 0}>
                {a(lang, "selectSilent")} ({silent.length})
              </button>
              <button type="button" className="secondary" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
                {a(lang, "selectNone")}
              </button>
              <button type="button" onClick={send} disabled={selected.size === 0 || sending || round.status !== "OPEN"}>
                {a(lang, "sendReminder")} ({selected.size})
              </button>
            </div>
            <div aria-live="polite">{reminderMessage && <p className={`notice ${reminderMessage.ok ? "ok" : "bad"}`}>{reminderMessage.text}</p>}</div>

            <table id="progress-per-organisation" className="org-table">
              <caption>
                {a(lang, "perOrganisationCaption")}: {shown.length} {a(lang, "of")} {rows.length}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{a(lang, "select")}</span>
                  </th>
                  {header("organisation", "organisation")}
                  {header("type", "type")}
                  {header("state", "state")}
                  {header("revision", "revision")}
                  {header("lastActivity", "lastActivity")}
                  <th scope="col">{a(lang, "closesAt")}</th>
                  <th scope="col">{a(lang, "remindersCol")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => {
                  const code = r.organisation.code;
                  return (
                    <tr key={code} data-organisation={code} data-state={r.state}>
                      <td>
                        <input
                          type="checkbox"
                          id={`select-${code}`}
                          aria-label={`${a(lang, "select")} ${r.organisation.name} (${code})`}
                          checked={selected.has(code)}
                          onChange={() => {
                            const next = new Set(selected);
                            if (next.has(code)) next.delete(code);
                            else next.add(code);
                            setSelected(next);
                          }}
                        />
                      </td>
                      <th scope="row">
                        {r.organisation.name} <span className="meta">({code})</span>
                      </th>
                      <td>{typeText(lang, r.organisation.type)}</td>
                      <td>
                        <span className={`state state-${r.state.toLowerCase()}`}>{stateText(lang, r.state)}</span>
                        {r.onBehalf && <span className="meta small"> · {a(lang, "onBehalf")}</span>}
                        {r.state === "REJECTED" && (r.violations?.length ?? 0) > 0 && (
                          <details className="violations">
                            <summary>
                              {r.violations!.length} {a(lang, "errorsN")}
                            </summary>
                            <ul>
                              {r.violations!.map((v, i) => (
                                <li key={i}>
                                  <code>{v.question}</code>: {v.text ? tx(lang, v.text) : v.message}
                                </li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </td>
                      <td>{r.revision ?? "–"}</td>
                      <td>{r.lastActivity ? formatDate(lang, r.lastActivity) : "–"}</td>
                      <td>{formatDate(lang, r.closesAt ?? round.closesAt)}</td>
                      <td>
                        {(r.reminders ?? []).length === 0
                          ? "–"
                          : (r.reminders ?? []).map((m, i) => (
                              <div key={i} className="small">
                                {formatDate(lang, m.at)}
                                {m.by ? ` (${m.by})` : ""}
                              </div>
                            ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="reminders-title">
        <h2 id="reminders-title">{a(lang, "reminderLog")}</h2>
        {reminders === null && <p className="meta">{a(lang, "noReminderLog")}</p>}
        {reminders && reminders.length === 0 && <p>{a(lang, "noReminders")}</p>}
        {reminders && reminders.length > 0 && (
          <table id="reminder-log">
            <caption>
              {a(lang, "reminderLogCaption")} ({reminders.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "when")}</th>
                <th scope="col">{a(lang, "organisation")}</th>
                <th scope="col">{a(lang, "by")}</th>
                <th scope="col">{a(lang, "mailState")}</th>
                <th scope="col">{a(lang, "recipients")}</th>
              </tr>
            </thead>
            <tbody>
              {[...reminders].reverse().map((m, i) => (
                <tr key={m.id ?? i} data-organisation={m.organisation} data-status={m.status}>
                  <td>{formatDate(lang, m.at)}</td>
                  <th scope="row">{m.organisation}</th>
                  <td>{typeof m.by === "string" ? m.by : (m.by?.name ?? m.by?.subject ?? "")}</td>
                  <td>{m.status === "SENT" ? a(lang, "sent") : m.status === "QUEUED" ? a(lang, "queued") : m.status}</td>
                  <td>
                    {(m.recipients ?? []).map((r) => (
                      <div key={r.email} className="small">
                        {r.email} ({r.status === "SENT" ? `${a(lang, "sent")} ${formatDate(lang, r.sentAt)}` : a(lang, "queued")})
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
