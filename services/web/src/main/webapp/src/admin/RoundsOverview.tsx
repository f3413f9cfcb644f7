import { useEffect, useState } from "react";
import type { Lang } from "../engine/model";
import { formatDate, tx } from "../i18n";
import type { AdminApi, AdminRound } from "./adminApi";
import { Link } from "./AdminConsole";
import { a, statusText, useTitle } from "./texts";

/** The console's landing page: every round, newest first, each a link to its pages. */
export function RoundsOverview({ api, lang }: { api: AdminApi; lang: Lang }) {
  const [rounds, setRounds] = useState<AdminRound[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useTitle(lang, "consoleTitle");
  useEffect(() => {
    api
      .adminRounds()
      .then((list) => setRounds([...list].sort((x, y) => (y.createdAt ?? "").localeCompare(x.createdAt ?? ""))))
      .catch((e) => setError(String(e.message ?? e)));
  }, [api]);
  return (
    <>
      <h1 tabIndex={-1}>{a(lang, "consoleTitle")}</h1>
      <p className="meta">{a(lang, "consoleIntro")}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {!rounds && !error && <p>{a(lang, "loading")}</p>}
      {rounds && rounds.length === 0 && <p>{a(lang, "noRoundsYet")}</p>}
      {rounds && rounds.length > 0 && (
        <table>
          <caption>{a(lang, "allRounds")} ({rounds.length})</caption>
          <thead>
            <tr>
              <th scope="col">{a(lang, "round")}</th>
              <th scope="col">{a(lang, "status")}</th>
              <th scope="col">{a(lang, "questionnaire")}</th>
              <th scope="col">{a(lang, "opensAt")}</th>
              <th scope="col">{a(lang, "closesAt")}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/admin/rounds/${encodeURIComponent(r.id)}`}>{tx(lang, r.title)}</Link>
                  <div className="meta small">{r.id}</div>
                </td>
                <td>{statusText(lang, r.status)}</td>
                <td>
                  {r.questionnaire.id} v{r.questionnaire.version}
                </td>
                <td>{formatDate(lang, r.opensAt)}</td>
                <td>{formatDate(lang, r.closesAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
