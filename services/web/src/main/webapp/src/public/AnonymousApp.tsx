// The public pages for a reader who is not logged in, when the gateway lets anonymous readers read
// the published API (ENKAT_ANONYMOUS_READ=true): the same pages, a header with "Logga in".
import { useEffect, useState } from "react";
import type { Lang } from "../engine/model";
import { t } from "../i18n";
import { PublicPages } from "./PublicPages";
import type { Reader } from "./publicApi";
import { pt } from "./texts";

const ANONYMOUS: Reader = { token: async () => null };

export function AnonymousApp({ onLogin }: { onLogin: () => void }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem("enkat.lang") === "en" ? "en" : "sv"));
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem("enkat.lang", lang);
  }, [lang]);
  return (
    <>
      <a className="skip" href="#main">
        {t(lang, "skip")}
      </a>
      <header className="top">
        <a className="brand" href="/statistik">
          enkat
        </a>
        <a href="/statistik">{pt(lang, "statistics")}</a>
        <span className="who">{pt(lang, "anonymous")}</span>
        <button type="button" className="link" lang={lang === "sv" ? "en" : "sv"} onClick={() => setLang(lang === "sv" ? "en" : "sv")}>
          {t(lang, "language")}
        </button>
        <button type="button" className="link" onClick={onLogin}>
          {pt(lang, "login")}
        </button>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <PublicPages lang={lang} reader={ANONYMOUS} />
      </main>
    </>
  );
}
