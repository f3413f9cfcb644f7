import { useEffect, useMemo, useState } from "react";
import { AdminApi } from "./admin/adminApi";
import { AdminConsole } from "./admin/AdminConsole";
import type { Session } from "./auth";
import type { Lang } from "./engine/model";
import { FormPage } from "./FormPage";
import { t } from "./i18n";
import { RoundsPage } from "./RoundsPage";
import { canReadStatistics, isPublicPath, PublicPages } from "./public/PublicPages";

/** Moves to another page of the app without reloading it (tokens stay in memory). */
export function navigate(path: string) {
  window.history.pushState({}, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return path;
}

export function App({ session }: { session: Session }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem("enkat.lang") === "en" ? "en" : "sv"));
  const api = useMemo(() => new AdminApi(session), [session]);
  const path = usePath();
  const isAdmin = session.roles.includes("admin");
  // An administrator lands on the console; a respondent on its rounds.
  const consolePath = isAdmin && !session.organisation && (path === "/" || path === "") ? "/admin" : path;
  useEffect(() => {
    if (consolePath !== path) window.history.replaceState({}, "", consolePath);
  }, [consolePath, path]);
  const home = isAdmin && !session.organisation ? "/admin" : "/";
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem("enkat.lang", lang);
  }, [lang]);

  const roundMatch = /^\/rounds\/([^/]+)\/?$/.exec(path);
  let page;
  const inConsole = consolePath.startsWith("/admin");
  if (inConsole) {
    page = isAdmin ? <AdminConsole api={api} lang={lang} path={consolePath} /> : <p role="alert">{t(lang, "notAdmin")}</p>;
  } else if (!session.organisation) {
    page = <p role="alert">{t(lang, "noOrg")}</p>;
  } else if (roundMatch) {
    page = <FormPage key={roundMatch[1]} api={api} lang={lang} org={session.organisation} roundId={decodeURIComponent(roundMatch[1])} />;
  } else {
    page = <RoundsPage api={api} lang={lang} org={session.organisation} />;
  }
  // The public statistics (issue 17) live in src/public, for every reader with the dashboard or admin role.
  if (isPublicPath(path)) page = <PublicPages lang={lang} reader={session} />;

  return (
    <>
      <a className="skip" href="#main">
        {t(lang, "skip")}
      </a>
      <header className="top">
        <a className="brand" href={home} onClick={(e) => { e.preventDefault(); navigate(home); }}>
          enkat
        </a>
        <span className="who">
          {t(lang, "loggedInAs")} <strong>{session.username}</strong>
          {session.organisation ? ` (${session.organisation})` : ""}
        </span>
        {canReadStatistics(session) && (
          <a href="/statistik" onClick={(e) => { e.preventDefault(); navigate("/statistik"); }}>
            {t(lang, "statistics")}
          </a>
        )}
        <button type="button" className="link" lang={lang === "sv" ? "en" : "sv"} onClick={() => setLang(lang === "sv" ? "en" : "sv")}>
          {t(lang, "language")}
        </button>
        <button type="button" className="link" onClick={() => session.logout()}>
          {t(lang, "logout")}
        </button>
      </header>
      <main id="main" className={inConsole ? "page console" : "page"} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
