import { useEffect, useMemo, useState } from "react";
import { Api } from "./api";
import type { Session } from "./auth";
import type { Lang } from "./engine/model";
import { FormPage } from "./FormPage";
import { t } from "./i18n";
import { RoundsPage } from "./RoundsPage";

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
  const api = useMemo(() => new Api(session), [session]);
  const path = usePath();
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem("enkat.lang", lang);
  }, [lang]);

  const roundMatch = /^\/rounds\/([^/]+)\/?$/.exec(path);
  let page;
  if (!session.organisation) {
    page = <p role="alert">{t(lang, "noOrg")}</p>;
  } else if (roundMatch) {
    page = <FormPage key={roundMatch[1]} api={api} lang={lang} org={session.organisation} roundId={decodeURIComponent(roundMatch[1])} />;
  } else {
    page = <RoundsPage api={api} lang={lang} org={session.organisation} />;
  }

  return (
    <>
      <a className="skip" href="#main">
        {t(lang, "skip")}
      </a>
      <header className="top">
        <a className="brand" href="/" onClick={(e) => { e.preventDefault(); navigate("/"); }}>
          enkat
        </a>
        <span className="who">
          {t(lang, "loggedInAs")} <strong>{session.username}</strong>
          {session.organisation ? ` (${session.organisation})` : ""}
        </span>
        <button type="button" className="link" lang={lang === "sv" ? "en" : "sv"} onClick={() => setLang(lang === "sv" ? "en" : "sv")}>
          {t(lang, "language")}
        </button>
        <button type="button" className="link" onClick={() => session.logout()}>
          {t(lang, "logout")}
        </button>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
