import { useEffect, useState } from "react";
import type { Lang } from "../engine/model";
import { formatDate } from "../i18n";
import { Unavailable, type AdminApi, type AdminRound, type AuditEntry } from "./adminApi";
import { a, actionText } from "./texts";

/** Who did what in one round: administrators' actions and submissions, filtered by actor and action. */
export function AuditTab({ api, lang, round }: { api: AdminApi; lang: Lang; round: AdminRound }) {
  const [actor, setActor] = useState("");
  const [action, setAction] = useState("");
  const [query, setQuery] = useState<{ actor?: string; action?: string }>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    api
      .audit(round.id, query)
      .then((json) => {
        const list = Array.isArray(json) ? json : ((json as { entries?: AuditEntry[]; items?: AuditEntry[] })?.entries ?? (json as { items?: AuditEntry[] })?.items ?? []);
        setEntries(list as AuditEntry[]);
        setMessage(null);
      })
      .catch((e) => setMessage(e instanceof Unavailable ? a(lang, "notOnServer") : String(e.message ?? e)));
  }, [api, round.id, query, lang]);

  const actorName = (e: AuditEntry) => (typeof e.actor === "string" ? e.actor : (e.actor?.name ?? e.actor?.subject ?? ""));
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{a(lang, "auditTitle")}</h2>
      <form
        className="filters"
        role="search"
        aria-label={a(lang, "filters")}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ actor: actor.trim() || undefined, action: action.trim() || undefined });
        }}
      >
        <div className="field">
          <label htmlFor="audit-actor">{a(lang, "actor")}</label>
          <input id="audit-actor" value={actor} onChange={(e) => setActor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-action">{a(lang, "action")}</label>
          <input id="audit-action" value={action} onChange={(e) => setAction(e.target.value)} />
        </div>
        <button type="submit" className="secondary">
          {a(lang, "filter")}
        </button>
      </form>
      {message && <p className="notice">{message}</p>}
      {entries && (
        <table id="audit-log">
          <caption>
            {a(lang, "auditCaption")} ({entries.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{a(lang, "when")}</th>
              <th scope="col">{a(lang, "actor")}</th>
              <th scope="col">{a(lang, "action")}</th>
              <th scope="col">{a(lang, "organisation")}</th>
              <th scope="col">{a(lang, "details")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i} data-action={e.action}>
                <td>{formatDate(lang, e.at)}</td>
                <td>{actorName(e)}</td>
                <th scope="row">
                  {actionText(lang, e.action)} <span className="meta small">({e.action})</span>
                </th>
                <td>
                  {e.organisation ?? ""}
                  {e.onBehalf ? ` (${a(lang, "onBehalf")})` : ""}
                </td>
                <td>
                  <code className="expr">{e.detail == null ? "" : typeof e.detail === "string" ? e.detail : JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
