// The public statistics pages under /statistik: the published rounds; per round its indicator
// library, values by level (chart and table per indicator), distributions, every respondent's
// answers, downloads, and the release history with what changed.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError } from "../api";
import type { Lang } from "../engine/model";
import { formatDate } from "../i18n";
import { IndicatorFigure } from "./IndicatorFigure";
import {
  answerColumns,
  answersUrl,
  answerText,
  answerWords,
  choiceLabels,
  buildTable,
  cellWhere,
  countyChoices,
  fileName,
  findOrganisations,
  FORMATS,
  formatPercent,
  groupByFocusArea,
  groupsOf,
  isDistribution,
  oneTypeName,
  pageHref,
  parseLocation,
  questionTexts,
  searchAnswers,
  text,
  typeName,
  valueQuery,
  valuesUrl,
  type AnswerRow,
  type Changes,
  type County,
  type FocusArea,
  type Format,
  type Indicator,
  type Level,
  type PageState,
  type PublishedRound,
  type Value,
  type View,
} from "./logic";
import { PublicApi, type Reader } from "./publicApi";
import { pt } from "./texts";

/** Moves within the app without reloading it (tokens stay in memory). */
export function go(href: string, replace = false) {
  if (replace) window.history.replaceState({}, "", href);
  else window.history.pushState({}, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

function useLocationState(): PageState {
  const read = () => parseLocation(window.location.pathname, window.location.search);
  const [state, setState] = useState<PageState>(read);
  useEffect(() => {
    const update = () => setState(read());
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return state;
}

/** A link inside the app. */
function Link({ href, children, current, className }: { href: string; children: ReactNode; current?: boolean; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? "page" : undefined}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        go(href);
      }}
    >
      {children}
    </a>
  );
}

/** Loads something once per key; the error is kept to be shown. */
function useLoad<T>(load: () => Promise<T>, key: string): { data?: T; error?: unknown; loading: boolean } {
  const [result, setResult] = useState<{ key: string; data?: T; error?: unknown }>({ key: "" });
  useEffect(() => {
    let live = true;
    setResult({ key: "" });
    load().then(
      (data) => live && setResult({ key, data }),
      (error) => live && setResult({ key, error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { data: result.key === key ? result.data : undefined, error: result.key === key ? result.error : undefined, loading: result.key !== key };
}

function Problem({ lang, error }: { lang: Lang; error: unknown }) {
  if (error instanceof ApiError && error.status === 401) return <p role="alert" className="notice bad">{pt(lang, "loginNeeded")}</p>;
  if (error instanceof ApiError && error.status === 403) return <p role="alert" className="notice bad">{pt(lang, "forbidden")}</p>;
  return (
    <p role="alert" className="notice bad">
      {String((error as Error)?.message ?? error)}
    </p>
  );
}

function Loading({ lang }: { lang: Lang }) {
  return <p className="hint" role="status">{lang === "sv" ? "Laddar …" : "Loading …"}</p>;
}

export function PublicPages({ lang, reader }: { lang: Lang; reader: Reader }) {
  return (
    <div className="public">
      <PublicContent lang={lang} reader={reader} />
    </div>
  );
}

function PublicContent({ lang, reader }: { lang: Lang; reader: Reader }) {
  const api = useMemo(() => new PublicApi(reader), [reader]);
  const state = useLocationState();
  const rounds = useLoad(() => api.rounds(), "rounds");
  if (rounds.error) return <Problem lang={lang} error={rounds.error} />;
  if (!rounds.data) return <Loading lang={lang} />;
  if (!state.round) return <RoundsList lang={lang} rounds={rounds.data} />;
  const round = rounds.data.find((r) => r.round === state.round);
  if (!round) return <p role="alert">{lang === "sv" ? "Omgången är inte publicerad." : "The round is not published."}</p>;
  return <RoundPage key={`${round.round}|${state.release ?? ""}`} lang={lang} api={api} round={round} state={state} />;
}

function RoundsList({ lang, rounds }: { lang: Lang; rounds: PublishedRound[] }) {
  return (
    <>
      <h1>{pt(lang, "publishedRounds")}</h1>
      <p>{pt(lang, "roundsIntro")}</p>
      {rounds.length === 0 ? (
        <p>{pt(lang, "noRounds")}</p>
      ) : (
        <ul className="round-list">
          {rounds.map((r) => (
            <li key={r.round}>
              <Link href={pageHref({ round: r.round, view: "values", level: "national" })}>{text(lang, r.title)}</Link>
              <span className="meta">
                {" "}
                · {pt(lang, "version")} {r.version} · {pt(lang, "published")} {formatDate(lang, r.publishedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const VIEW_LABELS: [View, Parameters<typeof pt>[1]][] = [
  ["values", "viewValues"],
  ["distributions", "viewDistributions"],
  ["indicators", "viewIndicators"],
  ["answers", "viewAnswers"],
  ["history", "viewHistory"],
];

function RoundPage({ lang, api, round, state }: { lang: Lang; api: PublicApi; round: PublishedRound; state: PageState }) {
  const version = state.release ?? round.version;
  const shown = round.versions.find((v) => v.version === version);
  const indicators = useLoad(() => api.indicators(round.round, state.release), `ind|${round.round}|${state.release ?? ""}`);
  const pinned = pageHref({ ...state, release: version });
  const absolutePinned = window.location.origin + pinned;
  return (
    <>
      <p className="crumbs">
        <Link href="/statistik">{pt(lang, "allRounds")}</Link>
      </p>
      <h1>{text(lang, round.title)}</h1>
      <div className="version-bar">
        <p>
          {pt(lang, "showingVersion")} <strong>{version}</strong>
          {shown && ` (${pt(lang, "published").toLowerCase()} ${formatDate(lang, shown.publishedAt)})`}
          {version === round.version ? ` · ${pt(lang, "latest")}` : ""}
        </p>
        {version !== round.version && (
          <p>
            {pt(lang, "olderVersion")} <Link href={pageHref({ ...state, release: undefined })}>{pt(lang, "showLatest")}</Link>
          </p>
        )}
        <p>
          <Link href={pinned} className="pin">
            {pt(lang, "pinnedLink")}
          </Link>{" "}
          <code className="url">{absolutePinned}</code>
        </p>
      </div>
      <nav aria-label={pt(lang, "sections")} className="public-tabs">
        <ul>
          {VIEW_LABELS.map(([view, label]) => (
            <li key={view}>
              <Link href={pageHref({ ...state, view })} current={state.view === view}>
                {pt(lang, label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {indicators.error ? (
        <Problem lang={lang} error={indicators.error} />
      ) : !indicators.data ? (
        <Loading lang={lang} />
      ) : state.view === "indicators" ? (
        <IndicatorsView lang={lang} api={api} indicators={indicators.data} />
      ) : state.view === "answers" ? (
        <AnswersView lang={lang} api={api} round={round} state={state} version={version} indicators={indicators.data} />
      ) : state.view === "history" ? (
        <HistoryView lang={lang} api={api} round={round} indicators={indicators.data} />
      ) : (
        <ValuesView lang={lang} api={api} round={round} state={state} version={version} indicators={indicators.data} />
      )}
    </>
  );
}

function IndicatorsView({ lang, api, indicators }: { lang: Lang; api: PublicApi; indicators: Indicator[] }) {
  const areas = useLoad(() => api.focusAreas().catch(() => [] as FocusArea[]), "areas");
  if (!areas.data) return <Loading lang={lang} />;
  const questions = questionTexts(indicators);
  const hasAreas = indicators.some((i) => i.focusArea);
  const groups = hasAreas ? groupByFocusArea(indicators, areas.data) : [{ indicators }];
  return (
    <>
      <h2>{pt(lang, "viewIndicators")}</h2>
      {groups.map((group, gi) => (
        <section key={group.area?.id ?? `rest-${gi}`} className="focus-area">
          {hasAreas && (
            <h3>{group.area ? `${pt(lang, "focusArea")} ${group.area.number < 99 ? group.area.number + ": " : ""}${text(lang, group.area.name)}` : pt(lang, "otherIndicators")}</h3>
          )}
          {group.area?.description && <p className="hint">{text(lang, group.area.description)}</p>}
          <dl className="library">
            {group.indicators.map((indicator) => (
              <div key={indicator.id} className="library-entry" data-indicator={indicator.id}>
                <dt>
                  {text(lang, indicator.title)} <span className="meta">({indicator.id})</span>
                </dt>
                <dd>
                  {indicator.definition && (
                    <p>
                      <strong>{pt(lang, "definitionWords")}:</strong> {text(lang, indicator.definition)}
                    </p>
                  )}
                  {indicator.description && <p>{text(lang, indicator.description)}</p>}
                  <p>
                    <strong>{pt(lang, "definitionCel")}:</strong> {pt(lang, "numerator").toLowerCase()} <code>{indicator.numerator}</code>,{" "}
                    {pt(lang, "denominator").toLowerCase()} <code>{indicator.denominator}</code>
                  </p>
                  {(indicator.sourceQuestions ?? []).length > 0 && (
                    <p>
                      <strong>{(indicator.sourceQuestions ?? []).length > 1 ? pt(lang, "questions") : pt(lang, "question")}:</strong>{" "}
                      {(indicator.sourceQuestions ?? []).map((q, i) => (
                        <span key={q}>
                          {i > 0 && "; "}
                          {questions.has(q) ? `${text(lang, questions.get(q))} ` : ""}
                          <code>{q}</code>
                        </span>
                      ))}
                    </p>
                  )}
                  {isDistribution(indicator) && (
                    <p>
                      <strong>{pt(lang, "categories")}:</strong> {(indicator.categories ?? []).map((c) => text(lang, c.label ?? undefined) || c.value).join(", ")}
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

function ValuesView({ lang, api, round, state, version, indicators }: { lang: Lang; api: PublicApi; round: PublishedRound; state: PageState; version: number; indicators: Indicator[] }) {
  const distributions = state.view === "distributions";
  const query = valueQuery(state, version);
  const values = useLoad(() => (query ? api.values(round.round, query) : Promise.resolve([] as Value[])), `values|${round.round}|${query ?? "none"}`);
  // Names of organisations and counties: the respondents of the release (and the 21 counties).
  const needNames = state.level !== "national";
  const answers = useLoad(() => (needNames ? api.answers(round.round, version) : Promise.resolve([] as AnswerRow[])), `names|${round.round}|${version}|${needNames}`);
  const counties = useLoad(() => (state.level === "county" ? api.counties() : Promise.resolve(null)), `counties|${state.level === "county"}`);
  const shown = indicators.filter((i) => isDistribution(i) === distributions);
  const orgName = (code: string) => answers.data?.find((a) => a.code === code);
  const groupLabel =
    state.level === "organisation"
      ? (code: string) => {
          const org = orgName(code);
          return org ? `${org.name} (${oneTypeName(lang, org.type)})` : code;
        }
      : (type: string) => typeName(lang, type);
  const tables = useMemo(
    () => new Map(shown.map((i) => [i.id, buildTable(lang, i, values.data ?? [], groupLabel)])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, values.data, answers.data, distributions, indicators],
  );
  return (
    <>
      <h2>{distributions ? pt(lang, "viewDistributions") : pt(lang, "viewValues")}</h2>
      <p className="hint">{distributions ? pt(lang, "distributionsIntro") : pt(lang, "valuesIntro")}</p>
      <LevelPicker lang={lang} state={state} answers={answers.data} counties={counties.data ?? null} loadingNames={answers.loading || counties.loading} />
      {!query ? (
        <p className="hint">{pt(lang, "chooseFirst")}</p>
      ) : values.error ? (
        <Problem lang={lang} error={values.error} />
      ) : !values.data ? (
        <Loading lang={lang} />
      ) : (
        <>
          <Downloads lang={lang} api={api} links={FORMATS.map((f) => ({ ...f, href: valuesUrl(round.round, query, f.format) }))} name={(ext) => fileName(round.round, version, `values-${describe(state)}`, ext)} />
          {!distributions && state.level !== "organisation" && shown.length > 0 && <Overview lang={lang} indicators={shown} tables={tables} />}
          {shown.length === 0 && <p>{pt(lang, "noDistributions")}</p>}
          {shown.map((indicator) => (
            <IndicatorFigure key={indicator.id} lang={lang} indicator={indicator} rows={tables.get(indicator.id) ?? []} />
          ))}
        </>
      )}
    </>
  );
}

function describe(state: PageState): string {
  if (state.level === "county") return `county-${state.county}`;
  if (state.level === "organisation") return `organisation-${state.organisation}`;
  return "national";
}

/** Regions and municipalities side by side, one row per indicator, as the agency's tables are. */
function Overview({ lang, indicators, tables }: { lang: Lang; indicators: Indicator[]; tables: Map<string, ReturnType<typeof buildTable>> }) {
  const groups = groupsOf(indicators.flatMap((i) => tables.get(i.id) ?? []));
  if (groups.length === 0) return null;
  const caption = lang === "sv" ? "Översikt: andel och antal per grupp" : "Overview: share and count per group";
  return (
    <div className="table-wrap overview" role="region" tabIndex={0} aria-labelledby="overview-caption">
      <table className="values">
        <caption id="overview-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{pt(lang, "indicator")}</th>
            {groups.map((g) => (
              <th scope="col" key={g.key} className="num">
                {g.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const rows = tables.get(indicator.id) ?? [];
            return (
              <tr key={indicator.id}>
                <th scope="row">
                  <a href={`#ind-${indicator.id.replace(/[^A-Za-z0-9_-]/g, "_")}-title`}>{text(lang, indicator.title)}</a>
                </th>
                {groups.map((g) => {
                  const row = rows.find((r) => r.group === g.key);
                  return (
                    <td key={g.key} className="num">
                      {row ? (
                        <>
                          {formatPercent(lang, row.percent)} <span className="n">({row.n})</span>
                        </>
                      ) : (
                        "–"
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function LevelPicker({ lang, state, answers, counties, loadingNames }: { lang: Lang; state: PageState; answers?: AnswerRow[]; counties: County[] | null; loadingNames: boolean }) {
  const levels: [Level, Parameters<typeof pt>[1]][] = [
    ["national", "national"],
    ["county", "county"],
    ["organisation", "organisation"],
  ];
  const [search, setSearch] = useState("");
  const choices = countyChoices(counties, answers ?? []);
  const found = findOrganisations(answers ?? [], search);
  const chosen = answers?.find((a) => a.code === state.organisation);
  return (
    <div className="level-picker">
      <nav aria-label={pt(lang, "levels")} className="public-tabs levels">
        <span className="label">{pt(lang, "levels")}:</span>
        <ul>
          {levels.map(([level, label]) => (
            <li key={level}>
              <Link href={pageHref({ ...state, level })} current={state.level === level}>
                {pt(lang, label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {state.level === "county" && (
        <p>
          <label htmlFor="county-picker">{pt(lang, "pickCounty")}</label>{" "}
          <select id="county-picker" value={state.county ?? ""} disabled={loadingNames} onChange={(e) => go(pageHref({ ...state, county: e.target.value || undefined }))}>
            <option value="">–</option>
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.name !== c.code ? c.name : ""}
              </option>
            ))}
          </select>
        </p>
      )}
      {state.level === "organisation" && (
        <div className="org-search">
          <p>
            <label htmlFor="org-search">{pt(lang, "searchOrganisation")}</label>{" "}
            <input id="org-search" type="search" value={search} autoComplete="off" aria-describedby="org-found" onChange={(e) => setSearch(e.target.value)} />
          </p>
          {chosen && (
            <p>
              <strong>
                {chosen.name} ({chosen.code})
              </strong>
              , {oneTypeName(lang, chosen.type).toLowerCase()}, {chosen.countyName ?? chosen.county}
            </p>
          )}
          <div id="org-found" aria-live="polite">
            {search.trim() && found.length === 0 && <p>{pt(lang, "noMatch")}</p>}
            {found.length > 0 && (
              <ul className="org-results">
                {found.map((o) => (
                  <li key={o.code}>
                    <Link href={pageHref({ ...state, organisation: o.code })}>
                      {o.name} ({o.code})
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function Downloads({ lang, api, links, name, title }: { lang: Lang; api: PublicApi; links: { format: Format; label: string; extension: string; href: string }[]; name: (ext: string) => string; title?: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const download = useCallback(
    (href: string, file: string) => {
      setFailed(null);
      api.download(href, file).catch((e) => setFailed(`${pt(lang, "downloadFailed")}: ${String(e?.message ?? e)}`));
    },
    [api, lang],
  );
  return (
    <section className="downloads" aria-label={title ?? pt(lang, "downloads")}>
      <h3>{title ?? pt(lang, "downloads")}</h3>
      <ul>
        {links.map((l) => {
          const file = name(`${l.format === "sdmx-json" || l.format === "sdmx-csv" ? "sdmx." : l.format === "jsonstat" ? "jsonstat." : ""}${l.extension}`);
          return (
            <li key={l.format}>
              <a
                href={l.href}
                download={file}
                data-format={l.format}
                onClick={(e) => {
                  e.preventDefault();
                  download(l.href, file);
                }}
              >
                {l.label}
              </a>
            </li>
          );
        })}
      </ul>
      <details>
        <summary>{pt(lang, "apiAddress")}</summary>
        <ul className="api-links">
          {links.map((l) => (
            <li key={l.format}>
              <code>{l.href}</code>
            </li>
          ))}
        </ul>
      </details>
      {failed && <p role="alert" className="error">{failed}</p>}
    </section>
  );
}

function AnswersView({ lang, api, round, state, version, indicators }: { lang: Lang; api: PublicApi; round: PublishedRound; state: PageState; version: number; indicators: Indicator[] }) {
  const answers = useLoad(() => api.answers(round.round, version), `answers|${round.round}|${version}`);
  const [query, setQuery] = useState(state.q ?? "");
  useEffect(() => {
    const t = setTimeout(() => go(pageHref({ ...state, q: query || undefined }), true), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  if (answers.error) return <Problem lang={lang} error={answers.error} />;
  if (!answers.data) return <Loading lang={lang} />;
  const questions = questionTexts(indicators);
  const labels = choiceLabels(indicators);
  const columns = answerColumns(answers.data, indicators.flatMap((i) => i.sourceQuestions ?? []));
  const rows = searchAnswers(answers.data, query);
  return (
    <>
      <h2>{pt(lang, "viewAnswers")}</h2>
      <Downloads
        lang={lang}
        api={api}
        title={pt(lang, "downloadAnswers")}
        links={FORMATS.filter((f) => f.format === "csv" || f.format === "xlsx").map((f) => ({ ...f, href: answersUrl(round.round, version, f.format) }))}
        name={(ext) => fileName(round.round, version, "answers", ext)}
      />
      <p>
        <label htmlFor="answer-search">{pt(lang, "search")}</label>{" "}
        <input id="answer-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="answer-count" />
      </p>
      <p id="answer-count" role="status">
        {rows.length} {pt(lang, "of")} {answers.data.length} {pt(lang, "respondents")}
      </p>
      <div className="table-wrap answers-table" role="region" tabIndex={0} aria-labelledby="answers-caption">
        <table className="values">
          <caption id="answers-caption">{pt(lang, "viewAnswers")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt(lang, "name")}</th>
              <th scope="col">{pt(lang, "code")}</th>
              <th scope="col">{pt(lang, "type")}</th>
              <th scope="col">{pt(lang, "county")}</th>
              {columns.map((q) => (
                <th scope="col" key={q} title={text(lang, questions.get(q))}>
                  {q}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                <td>{row.code}</td>
                <td>{oneTypeName(lang, row.type)}</td>
                <td>{row.countyName ?? row.county}</td>
                {columns.map((q) => (
                  <td key={q}>
                    {answerText(row.answers[q], answerWords(lang, q, labels))}
                    {row.comments?.[q] && (
                      <span className="answer-comment">
                        {" "}
                        ({pt(lang, "comment")}: {row.comments[q]})
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function HistoryView({ lang, api, round, indicators }: { lang: Lang; api: PublicApi; round: PublishedRound; indicators: Indicator[] }) {
  // Each published version against the one published before it (a discarded draft leaves a gap).
  const published = round.versions.map((v) => v.version).sort((a, b) => a - b);
  const pairs = published.slice(1).map((to, i) => [published[i], to] as const);
  const changes = useLoad(
    () => Promise.all(pairs.map(([from, to]) => api.changes(round.round, from, to).catch(() => null))),
    `changes|${round.round}|${round.version}`,
  );
  const title = (id: string) => text(lang, indicators.find((i) => i.id === id)?.title) || id;
  return (
    <>
      <h2>{pt(lang, "history")}</h2>
      <ol className="versions" reversed>
        {round.versions.map((v) => {
          const diff: Changes | null | undefined = changes.data?.[pairs.findIndex(([, to]) => to === v.version)];
          return (
            <li key={v.version}>
              <p>
                <strong>
                  {pt(lang, "version")} {v.version}
                </strong>{" "}
                · {pt(lang, "published")} {formatDate(lang, v.publishedAt)} ·{" "}
                <Link href={pageHref({ round: round.round, view: "values", level: "national", release: v.version })}>{pt(lang, "viewValues")}</Link>
              </p>
              {v.version === published[0] ? (
                <p className="hint">{pt(lang, "firstVersion")}</p>
              ) : changes.loading ? (
                <Loading lang={lang} />
              ) : diff ? (
                <ChangeTable lang={lang} diff={diff} title={title} />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** One cell's change, in the singular (the caption counts them in the plural). */
const CHANGE_KEYS = { added: "addedOne", removed: "removedOne", changed: "changedOne" } as const;

function ChangeTable({ lang, diff, title }: { lang: Lang; diff: Changes; title: (id: string) => string }) {
  const caption = `${pt(lang, "changesFrom")} ${diff.from?.version ?? "–"} → ${diff.to.version}: ${diff.counts.changed} ${pt(lang, "changed")}, ${diff.counts.added} ${pt(lang, "added")}, ${diff.counts.removed} ${pt(lang, "removed")}`;
  if (diff.cells.length === 0) return <p>{pt(lang, "noChanges")}</p>;
  const counts = (c?: { numerator: number; denominator: number; percent?: number }) => (c ? `${formatPercent(lang, c.percent)} (${c.numerator} ${pt(lang, "of")} ${c.denominator})` : "–");
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={caption}>
      <table className="values changes">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{pt(lang, "change")}</th>
            <th scope="col">{pt(lang, "indicator")}</th>
            <th scope="col">{pt(lang, "where")}</th>
            <th scope="col" className="num">{pt(lang, "before")}</th>
            <th scope="col" className="num">{pt(lang, "after")}</th>
          </tr>
        </thead>
        <tbody>
          {diff.cells.slice(0, 500).map((cell, i) => (
            <tr key={i}>
              <td>{pt(lang, CHANGE_KEYS[cell.change])}</td>
              <td>{title(cell.indicator)}</td>
              <td>{cellWhere(lang, cell)}</td>
              <td className="num">{counts(cell.old)}</td>
              <td className="num">{counts(cell.new)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The pages' own paths: /statistik and below. */
export function isPublicPath(path: string): boolean {
  return path === "/statistik" || path.startsWith("/statistik/");
}

/** Who is shown the way in: anyone when anonymous reading is on, else the dashboard and admin roles. */
export function canReadStatistics(session: { roles: string[]; anonymousRead?: boolean }): boolean {
  return session.anonymousRead === true || session.roles.includes("dashboard") || session.roles.includes("admin");
}
