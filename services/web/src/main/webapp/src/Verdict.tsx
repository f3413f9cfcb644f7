import type { Revision } from "./api";
import type { Lang } from "./engine/model";
import { formatDate, t } from "./i18n";

/** Where the form is between editing and a verdict. */
export type Phase =
  | { kind: "editing" }
  | { kind: "checking" }
  | { kind: "checked"; ok: boolean }
  | { kind: "submitting"; retrying: boolean }
  | { kind: "submitFailed"; message: string }
  | { kind: "waiting"; revision: number };

/** The latest verdict, or what is happening to the submission in flight; announced politely. */
export function StatusBanner({ lang, latest, phase, focusRef }: { lang: Lang; latest: Revision | null; phase: Phase; focusRef: React.RefObject<HTMLDivElement | null> }) {
  let text: string | null = null;
  let kind = "notice";
  if (phase.kind === "submitting") text = phase.retrying ? t(lang, "retrying") : t(lang, "submitting");
  else if (phase.kind === "waiting") text = `${t(lang, "revision")} ${phase.revision}: ${t(lang, "received")}`;
  else if (latest?.status === "ACCEPTED") {
    text = `${t(lang, "revision")} ${latest.revision}: ${t(lang, "ACCEPTED")}. ${t(lang, "acceptedHelp")}`;
    kind = "notice ok";
  } else if (latest?.status === "REJECTED") {
    text = `${t(lang, "revision")} ${latest.revision}: ${t(lang, "REJECTED")}. ${t(lang, "rejectedHelp")}`;
    kind = "notice bad";
  }
  return (
    <div className={text ? kind : undefined} role="status" aria-live="polite" data-testid="submission-status" tabIndex={-1} ref={focusRef}>
      {text}
    </div>
  );
}

export function RevisionList({ lang, revisions }: { lang: Lang; revisions: Revision[] }) {
  if (revisions.length === 0) return null;
  return (
    <section className="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t(lang, "revisions")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, "revision")}</th>
            <th scope="col">{t(lang, "submittedAt")}</th>
            <th scope="col">{t(lang, "status")}</th>
          </tr>
        </thead>
        <tbody>
          {[...revisions]
            .sort((a, b) => b.revision - a.revision)
            .map((r) => (
              <tr key={r.revision}>
                <td>{r.revision}</td>
                <td>
                  {formatDate(lang, r.submittedAt)}
                  {r.onBehalf ? ` (${t(lang, "onBehalf")}${r.submittedBy ? `: ${r.submittedBy}` : ""})` : ""}
                </td>
                <td>
                  {t(lang, r.status)}
                  {r.counts ? ` (${t(lang, "counts")})` : ""}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
