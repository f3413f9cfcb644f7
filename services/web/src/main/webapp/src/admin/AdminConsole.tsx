import { useEffect, useRef } from "react";
import { navigate } from "../App";
import type { Lang } from "../engine/model";
import type { AdminApi } from "./adminApi";
import { NewRoundPage } from "./NewRoundPage";
import { QuestionnairesPage } from "./QuestionnairesPage";
import { RoundPage, TABS, type Tab } from "./RoundPage";
import { RoundsOverview } from "./RoundsOverview";
import { a } from "./texts";

/** The administrator's console: one page per step of the year's cycle, under /admin. */
export function AdminConsole({ api, lang, path }: { api: AdminApi; lang: Lang; path: string }) {
  const round = /^\/admin\/rounds\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  let page;
  let section: "rounds" | "questionnaires" | "new" = "rounds";
  if (path.startsWith("/admin/questionnaires")) {
    section = "questionnaires";
    page = <QuestionnairesPage api={api} lang={lang} />;
  } else if (path === "/admin/rounds/new") {
    section = "new";
    page = <NewRoundPage api={api} lang={lang} />;
  } else if (round) {
    const tab = (TABS as readonly string[]).includes(round[2] ?? "") ? (round[2] as Tab) : "overview";
    const id = decodeURIComponent(round[1]);
    page = <RoundPage key={id} api={api} lang={lang} roundId={id} tab={tab} />;
  } else {
    page = <RoundsOverview api={api} lang={lang} />;
  }
  return (
    <>
      <nav aria-label={a(lang, "consoleNav")} className="console-nav">
        <Link href="/admin" current={section === "rounds" ? (round ? "true" : "page") : undefined}>
          {a(lang, "navRounds")}
        </Link>
        <Link href="/admin/rounds/new" current={section === "new"}>
          {a(lang, "navNewRound")}
        </Link>
        <Link href="/admin/questionnaires" current={section === "questionnaires"}>
          {a(lang, "navQuestionnaires")}
        </Link>
      </nav>
      <FocusOnNavigation path={path} />
      {page}
    </>
  );
}

/** A link inside the app: no reload (the tokens live in memory). */
export function Link({ href, current, children, className }: { href: string; current?: boolean | "page" | "true"; children: React.ReactNode; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      aria-current={current === true ? "page" : current || undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

/** After a move inside the console the page's heading takes the focus, as a page load would. */
function FocusOnNavigation({ path }: { path: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => document.querySelector<HTMLElement>("main h1")?.focus(), 50);
    return () => clearTimeout(timer);
  }, [path]);
  return null;
}
