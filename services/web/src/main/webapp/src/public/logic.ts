// The public pages' logic, kept free of React so Vitest can check it: the tables beside the charts,
// the n labels ("19 av 21"), the page's address and the published API's download links.
import type { Lang, Text } from "../engine/model";
import { t, tx } from "../i18n";

export type Level = "national" | "county" | "organisation";
export type View = "indicators" | "values" | "distributions" | "answers" | "history";

export interface PublishedVersion {
  releaseId: string;
  version: number;
  publishedAt: string;
}

export interface PublishedRound {
  round: string;
  title: Text;
  releaseId: string;
  version: number;
  publishedAt: string;
  versions: PublishedVersion[];
}

export interface Category {
  value: string;
  label?: Text | null;
}

export interface Indicator {
  id: string;
  kind: string;
  title: Text;
  description?: Text | null;
  focusArea?: string | null;
  numerator: string;
  denominator: string;
  direction?: string | null;
  sourceQuestions?: string[];
  categories?: Category[] | null;
  definition?: Text | null;
}

export interface Value {
  indicator: string;
  level: Level;
  type?: string;
  county?: string;
  countyName?: string;
  organisation?: string;
  category?: string;
  numerator: number;
  denominator: number;
  percent?: number;
}

export interface FocusArea {
  id: string;
  number: number;
  name: Text;
  description?: Text;
}

export interface County {
  code: string;
  name: string;
}

export interface AnswerRow {
  code: string;
  name: string;
  type: string;
  county: string;
  countyName?: string;
  revision: number;
  answers: Record<string, unknown>;
  comments: Record<string, string>;
}

export interface Counts {
  numerator: number;
  denominator: number;
  percent?: number;
}

export interface CellChange {
  change: "added" | "removed" | "changed";
  indicator: string;
  level: Level;
  type?: string;
  county?: string;
  organisation?: string;
  category?: string;
  old?: Counts;
  new?: Counts;
}

export interface Changes {
  round: string;
  from?: { version: number; releaseId: string; publishedAt: string } | null;
  to: { version: number; releaseId: string; publishedAt: string };
  counts: { added: number; removed: number; changed: number };
  cells: CellChange[];
}

/** The order groups are shown in: regions before municipalities, as the agency's tables. */
export const TYPE_ORDER = ["REGION", "MUNICIPALITY", "CITY_DISTRICT", "MUNICIPALITY_AND_CITY_DISTRICT"];

const TYPE_NAMES: Record<string, Text> = {
  REGION: { sv: "Regioner", en: "Regions" },
  MUNICIPALITY: { sv: "Kommuner", en: "Municipalities" },
  CITY_DISTRICT: { sv: "Stadsdelar", en: "City districts" },
  MUNICIPALITY_AND_CITY_DISTRICT: { sv: "Kommuner och stadsdelar", en: "Municipalities and city districts" },
  "": { sv: "Alla", en: "All" },
};

const ONE_TYPE_NAMES: Record<string, Text> = {
  REGION: { sv: "Region", en: "Region" },
  MUNICIPALITY: { sv: "Kommun", en: "Municipality" },
  CITY_DISTRICT: { sv: "Stadsdel", en: "City district" },
};

/** A text from the API in the reader's language (part 1's {@link tx}). */
export const text = tx;

export function typeName(lang: Lang, type: string | undefined): string {
  return text(lang, TYPE_NAMES[type ?? ""]) || (type ?? "");
}

export function oneTypeName(lang: Lang, type: string | undefined): string {
  return text(lang, ONE_TYPE_NAMES[type ?? ""]) || (type ?? "");
}

/** "19 av 21" (Swedish) or "19 of 21": the n printed beside every bar. */
export function nLabel(lang: Lang, numerator: number, denominator: number): string {
  return `${numerator} ${lang === "sv" ? "av" : "of"} ${denominator}`;
}

/** A share with one decimal, "90,5 %" in Swedish and "90.5%" in English; "–" without a denominator. */
export function formatPercent(lang: Lang, percent: number | undefined | null): string {
  if (percent === undefined || percent === null || Number.isNaN(percent)) return "–";
  const number = percent.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return lang === "sv" ? `${number} %` : `${number}%`;
}

/** The share as the published API has it (percent, one decimal), or computed when absent. */
export function shareOf(value: Counts): number | undefined {
  if (value.percent !== undefined && value.percent !== null) return Number(value.percent);
  if (!value.denominator) return undefined;
  return Math.round((1000 * value.numerator) / value.denominator) / 10;
}

/** One row of the table beside a chart: a group (and a category of a distribution). */
export interface TableRow {
  key: string;
  group: string;
  groupLabel: string;
  category?: string;
  categoryLabel?: string;
  numerator: number;
  denominator: number;
  percent?: number;
  n: string;
}

/** The key a value's group is known by on a page: its type (national, county) or its organisation. */
export function groupKey(value: Value): string {
  if (value.level === "organisation") return value.organisation ?? "";
  return value.type ?? "";
}

function groupRank(key: string): number {
  const i = TYPE_ORDER.indexOf(key);
  return i < 0 ? TYPE_ORDER.length : i;
}

/**
 * The table of one indicator: one row per group (regions, municipalities …, or the organisation),
 * and for a distribution one row per group and category in the library's category order.
 */
export function buildTable(lang: Lang, indicator: Indicator, values: Value[], groupLabel?: (key: string) => string): TableRow[] {
  const label = groupLabel ?? ((key: string) => typeName(lang, key));
  const categories = indicator.categories ?? [];
  const categoryRank = (c: string | undefined) => {
    const i = categories.findIndex((k) => k.value === c);
    return i < 0 ? categories.length : i;
  };
  return values
    .filter((v) => v.indicator === indicator.id)
    .slice()
    .sort((a, b) => groupRank(groupKey(a)) - groupRank(groupKey(b)) || groupKey(a).localeCompare(groupKey(b)) || categoryRank(a.category) - categoryRank(b.category))
    .map((v) => {
      const group = groupKey(v);
      const category = v.category ?? undefined;
      const categoryDef = categories.find((c) => c.value === category);
      return {
        key: `${group}|${category ?? ""}`,
        group,
        groupLabel: label(group),
        category,
        categoryLabel: category === undefined ? undefined : text(lang, categoryDef?.label ?? undefined) || category,
        numerator: v.numerator,
        denominator: v.denominator,
        percent: shareOf(v),
        n: nLabel(lang, v.numerator, v.denominator),
      };
    });
}

/** The groups of a table in order, each once. */
export function groupsOf(rows: TableRow[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(row.group)) seen.set(row.group, row.groupLabel);
  return [...seen].map(([key, label]) => ({ key, label }));
}

/** A distribution indicator has categories; a share does not. */
export function isDistribution(indicator: Indicator): boolean {
  return (indicator.categories ?? []).length > 0;
}

/** The chart's text alternative: every bar said in words, so the chart is not the only way in. */
export function chartSummary(lang: Lang, title: string, rows: TableRow[]): string {
  const parts = rows.map((r) =>
    r.category === undefined
      ? `${r.groupLabel}: ${formatPercent(lang, r.percent)} (${r.n})`
      : `${r.groupLabel}, ${r.categoryLabel}: ${formatPercent(lang, r.percent)} (${r.n})`,
  );
  const intro = lang === "sv" ? "Diagram" : "Chart";
  const none = lang === "sv" ? "inga värden" : "no values";
  return `${intro}: ${title}. ${parts.length ? parts.join("; ") : none}.`;
}

/** The library grouped by focus area in the agency's order; indicators without one come last. */
export function groupByFocusArea(indicators: Indicator[], areas: FocusArea[]): { area?: FocusArea; indicators: Indicator[] }[] {
  const groups: { area?: FocusArea; indicators: Indicator[] }[] = [];
  const sorted = areas.slice().sort((a, b) => a.number - b.number);
  for (const area of sorted) {
    const members = indicators.filter((i) => i.focusArea === area.id);
    if (members.length) groups.push({ area, indicators: members });
  }
  const known = new Set(sorted.map((a) => a.id));
  const unknownAreas = [...new Set(indicators.map((i) => i.focusArea).filter((a): a is string => !!a && !known.has(a)))];
  for (const id of unknownAreas) {
    groups.push({ area: { id, number: 99, name: { sv: id, en: id } }, indicators: indicators.filter((i) => i.focusArea === id) });
  }
  const rest = indicators.filter((i) => !i.focusArea);
  if (rest.length) groups.push({ indicators: rest });
  return groups;
}

/** The question texts of a release: a default indicator's id and title are its question's. */
export function questionTexts(indicators: Indicator[]): Map<string, Text> {
  const map = new Map<string, Text>();
  for (const i of indicators) if (i.kind === "DEFAULT" && i.sourceQuestions?.length === 1 && i.sourceQuestions[0] === i.id) map.set(i.id, i.title);
  return map;
}

/** What the page shows: the round, the view and its filters, and a pinned release version. */
export interface PageState {
  round?: string;
  view: View;
  level: Level;
  county?: string;
  organisation?: string;
  release?: number;
  q?: string;
}

const VIEWS: View[] = ["indicators", "values", "distributions", "answers", "history"];
const LEVELS: Level[] = ["national", "county", "organisation"];

/** Reads /statistik/{round}?view=&level=&county=&organisation=&release=. */
export function parseLocation(pathname: string, search: string): PageState {
  const match = /^\/statistik\/([^/]+)\/?$/.exec(pathname);
  const params = new URLSearchParams(search);
  const view = params.get("view") as View | null;
  const level = params.get("level") as Level | null;
  const release = Number(params.get("release"));
  return {
    round: match ? decodeURIComponent(match[1]) : undefined,
    view: view && VIEWS.includes(view) ? view : "values",
    level: level && LEVELS.includes(level) ? level : "national",
    county: params.get("county") || undefined,
    organisation: params.get("organisation") || undefined,
    release: Number.isInteger(release) && release > 0 ? release : undefined,
    q: params.get("q") || undefined,
  };
}

/** The page's own address for a state: what a reader bookmarks or shares. */
export function pageHref(state: PageState): string {
  if (!state.round) return "/statistik";
  const params = new URLSearchParams();
  params.set("view", state.view);
  if (state.view === "values" || state.view === "distributions") {
    params.set("level", state.level);
    if (state.level === "county" && state.county) params.set("county", state.county);
    if (state.level === "organisation" && state.organisation) params.set("organisation", state.organisation);
  }
  if (state.view === "answers" && state.q) params.set("q", state.q);
  if (state.release) params.set("release", String(state.release));
  return `/statistik/${encodeURIComponent(state.round)}?${params}`;
}

/** The published API's filters for what the page shows (null when a needed choice is missing). */
export function valueQuery(state: PageState, release: number | undefined): URLSearchParams | null {
  const params = new URLSearchParams();
  params.set("level", state.level);
  if (state.level === "county") {
    if (!state.county) return null;
    params.set("county", state.county);
  }
  if (state.level === "organisation") {
    if (!state.organisation) return null;
    params.set("organisation", state.organisation);
  }
  if (release) params.set("release", String(release));
  return params;
}

export type Format = "csv" | "xlsx" | "jsonstat" | "sdmx-json" | "sdmx-csv" | "json";

export const FORMATS: { format: Format; label: string; extension: string }[] = [
  { format: "csv", label: "CSV", extension: "csv" },
  { format: "xlsx", label: "Excel (XLSX)", extension: "xlsx" },
  { format: "jsonstat", label: "JSON-stat", extension: "json" },
  { format: "sdmx-json", label: "SDMX-JSON", extension: "json" },
  { format: "sdmx-csv", label: "SDMX-CSV", extension: "csv" },
];

/** The published API's address of the values on screen in one format, pinned to the version shown. */
export function valuesUrl(round: string, query: URLSearchParams, format: Format): string {
  const params = new URLSearchParams(query);
  params.set("format", format);
  return `/api/v1/published/rounds/${encodeURIComponent(round)}/values?${params}`;
}

export function answersUrl(round: string, release: number | undefined, format: Format): string {
  const params = new URLSearchParams();
  if (release) params.set("release", String(release));
  params.set("format", format);
  return `/api/v1/published/rounds/${encodeURIComponent(round)}/answers?${params}`;
}

/** A file name that says what is in it: values-2025-v1-county-23.csv. */
export function fileName(round: string, version: number | undefined, what: string, extension: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${safe(round)}${version ? `-v${version}` : ""}-${safe(what)}.${extension}`;
}

/** An answer as text in the answers table (a multi-choice answer joined with "; "). */
export function answerText(value: unknown, words?: (code: string) => string): string {
  if (value === undefined || value === null) return "";
  const word = (v: unknown) => (words ? words(String(v)) : String(v));
  if (Array.isArray(value)) return value.map(word).join("; ");
  return word(value);
}

/** The labels of each question's choices, from its default distribution indicator. */
export function choiceLabels(indicators: Indicator[]): Map<string, Map<string, Text>> {
  const labels = new Map<string, Map<string, Text>>();
  for (const i of indicators) {
    if (i.kind !== "DEFAULT" || !i.categories?.length) continue;
    const byValue = new Map<string, Text>();
    for (const c of i.categories) if (c.label) byValue.set(c.value, c.label);
    labels.set(i.id, byValue);
  }
  return labels;
}

const YES_NO = new Set(["yes", "no", "dont_know"]);

/**
 * An answer code in the reader's words: the choice's label, or Ja/Nej/Vet inte; any other value
 * (a number, a text) as it is.
 */
export function answerWords(lang: Lang, question: string, labels: Map<string, Map<string, Text>>): (code: string) => string {
  return (code) => {
    const label = labels.get(question)?.get(code);
    if (label) return tx(lang, label);
    if (YES_NO.has(code)) return t(lang, code as "yes" | "no" | "dont_know");
    return code;
  };
}

/** The respondents whose name, code, county or any answer or comment contains the search words. */
export function searchAnswers(rows: AnswerRow[], query: string | undefined): AnswerRow[] {
  const words = (query ?? "").toLocaleLowerCase("sv").split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((row) => {
    const haystack = [row.code, row.name, row.countyName ?? "", row.county, ...Object.values(row.answers).map((v) => answerText(v)), ...Object.values(row.comments ?? {})]
      .join(" ")
      .toLocaleLowerCase("sv");
    return words.every((w) => haystack.includes(w));
  });
}

/** Organisations whose name or code matches, for the organisation search (at most `limit`). */
export function findOrganisations(rows: { code: string; name: string }[], query: string, limit = 20): { code: string; name: string }[] {
  const q = query.trim().toLocaleLowerCase("sv");
  if (!q) return [];
  const starts = rows.filter((r) => r.name.toLocaleLowerCase("sv").startsWith(q) || r.code.startsWith(q));
  const contains = rows.filter((r) => !starts.includes(r) && r.name.toLocaleLowerCase("sv").includes(q));
  return [...starts, ...contains].slice(0, limit);
}

/** The questions that appear in any respondent's answers, in library order first, then by id. */
export function answerColumns(rows: AnswerRow[], order: string[]): string[] {
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.answers ?? {})) present.add(key);
  const ordered = order.filter((id) => present.has(id));
  const rest = [...present].filter((id) => !order.includes(id)).sort();
  return [...ordered, ...rest];
}

/** Counties to pick from: the published list when it came, else those the respondents are in. */
export function countyChoices(counties: County[] | null, answers: AnswerRow[]): County[] {
  if (counties && counties.length) return counties.slice().sort((a, b) => a.code.localeCompare(b.code));
  const map = new Map<string, string>();
  for (const a of answers) if (a.county) map.set(a.county, a.countyName ?? a.county);
  return [...map].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** A cell of a change list in words: which indicator, where. */
export function cellWhere(lang: Lang, cell: CellChange): string {
  const sv = lang === "sv";
  const where =
    cell.level === "national"
      ? sv ? "Riket" : "Sweden"
      : cell.level === "county"
        ? `${sv ? "Län" : "County"} ${cell.county ?? ""}`
        : `Organisation ${cell.organisation ?? ""}`;
  const parts = [cell.level === "organisation" ? oneTypeName(lang, cell.type).toLowerCase() : typeName(lang, cell.type).toLowerCase()];
  if (cell.level === "organisation" && cell.county) parts.push((sv ? "län " : "county ") + cell.county);
  if (cell.category) parts.push(cell.category);
  return `${where.trim()}: ${parts.filter(Boolean).join(", ")}`;
}

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Text on a palette colour: white on the dark ones, black on the light ones (contrast ≥ 4.5:1). */
export function labelColour(background: string): string {
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const whiteContrast = 1.05 / (luminance + 0.05);
  const blackContrast = (luminance + 0.05) / 0.05;
  return whiteContrast >= blackContrast ? "#ffffff" : "#000000";
}
