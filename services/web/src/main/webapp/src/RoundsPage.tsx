import { useEffect, useState } from "react";
import { navigate } from "./App";
import type { Api, OrganisationView, Revision, Round } from "./api";
import type { Lang } from "./engine/model";
import { formatDate, t, tx } from "./i18n";

interface Row {
  round: Round;
  latest: Revision | null;
  hasDraft: boolean;
}

/** The rounds the respondent's organisation is invited to, with status and closing date. */
export function RoundsPage({ api, lang, org }: { api: Api; lang: Lang; org: string }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [organisation, setOrganisation] = useState<OrganisationView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.organisation(org).then(setOrganisation).catch(() => undefined);
    api
      .rounds()
      .then((rounds) =>
        Promise.all(
          rounds
            .filter((r) => r.status !== "DRAFT")
            .map(async (round) => {
              const [latest, draft] = await Promise.all([
                api.latest(round.id, org).catch(() => null),
                round.status === "OPEN" ? api.draft(round.id, org).catch(() => null) : null,
              ]);
              return { round, latest, hasDraft: draft != null };
            }),
        ),
      )
      .then(setRows)
      .catch((e) => setError(String(e.message ?? e)));
  }, [api, org]);

  useEffect(() => {
    document.title = `${t(lang, "rounds")} – enkat`;
  }, [lang]);

  return (
    <>
      <h1>{t(lang, "rounds")}</h1>
      {organisation && <p className="org">{organisation.name} ({organisation.code})</p>}
      {error && <p role="alert" className="error">{t(lang, "error")}: {error}</p>}
      {!rows && !error && <p>{t(lang, "loading")}</p>}
      {rows && rows.length === 0 && <p>{t(lang, "noRounds")}</p>}
      {rows && rows.length > 0 && (
        <table className="rounds">
          <thead>
            <tr>
              <th scope="col">{t(lang, "round")}</th>
              <th scope="col">{t(lang, "status")}</th>
              <th scope="col">{t(lang, "closes")}</th>
              <th scope="col">{t(lang, "yourAnswer")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ round, latest, hasDraft }) => (
              <tr key={round.id}>
                <td>
                  <a href={`/rounds/${encodeURIComponent(round.id)}`} onClick={(e) => { e.preventDefault(); navigate(`/rounds/${encodeURIComponent(round.id)}`); }}>
                    {tx(lang, round.title)}
                  </a>
                </td>
                <td>{t(lang, round.status === "OPEN" ? "open" : round.status === "CLOSED" ? "closed" : "draftRound")}</td>
                <td>{formatDate(lang, round.closesAt)}</td>
                <td>
                  {latest
                    ? `${t(lang, "revision")} ${latest.revision}: ${t(lang, latest.status)}`
                    : hasDraft
                      ? t(lang, "draftSaved")
                      : t(lang, "notStarted")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
