// The administrator's API calls (admin role), on the page's own origin like the respondent's.
import { Api, ApiError, NetworkError, type Round } from "../api";
import type { Questionnaire, Text } from "../engine/model";
import type { ReleaseDiffView } from "./logic";

export interface QuestionnaireSummary {
  id: string;
  version: number;
  title: Text;
  questions: number;
  uploadedAt?: string;
}

export interface AdminRound extends Round {
  population?: { types?: string[]; organisations?: string[] };
  createdAt?: string;
  openedAt?: string | null;
  closedAt?: string | null;
  schedule?: { autoOpen?: boolean; autoClose?: boolean };
  extensions?: { organisation?: string | null; closesAt: string; extendedAt?: string; extendedBy?: string }[];
}

export interface Rate {
  numerator: number;
  denominator: number;
  percent: number | null;
}

export interface TypeProgress {
  type?: string;
  invited: number;
  submitted: number;
  accepted: number;
  rejected: number;
  responseRate: Rate;
}

export interface Progress {
  round: string;
  status: string;
  types: TypeProgress[];
  total: TypeProgress;
}

export type OrgState = "SILENT" | "DRAFT" | "RECEIVED" | "REJECTED" | "ACCEPTED";

export interface OrgViolation {
  question: string;
  code?: string;
  message: string;
  text?: Text;
}

export interface OrgProgress {
  organisation: { code: string; name: string; type: string; county: string };
  state: OrgState;
  revision?: number | null;
  lastActivity?: string | null;
  closesAt?: string | null;
  violations?: OrgViolation[];
  reminders?: { at: string; by?: string }[];
  onBehalf?: boolean;
}

export interface ReminderRecord {
  id?: string;
  organisation: string;
  at: string;
  by?: string | { subject?: string; name?: string };
  status: "QUEUED" | "SENT" | string;
  recipients?: { email: string; status?: string; sentAt?: string | null }[];
}

export interface RemindersQueued {
  round: string;
  reminders: { id: string; organisation: string; recipients: string[] }[];
  withoutContacts?: string[];
}

export interface IndicatorDefinition {
  id: string;
  kind: "DEFAULT" | "CUSTOM";
  title: Text;
  description?: Text;
  focusArea?: string;
  numerator: string;
  denominator: string;
  direction?: string;
  sourceQuestions?: string[];
  categories?: string[];
}

export interface NewIndicator {
  id: string;
  title: Text;
  numerator: string;
  denominator: string;
  description?: Text;
}

export interface Release {
  releaseId: string;
  round: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | string;
  createdAt?: string;
  publishedAt?: string | null;
}

export interface ReleaseValue {
  indicator: string;
  level: string;
  type?: string | null;
  county?: string | null;
  organisation?: string | null;
  category?: string | null;
  numerator: number;
  denominator: number;
  percent?: number | null;
}

export interface AuditEntry {
  at: string;
  actor?: { subject?: string; name?: string } | string;
  action: string;
  round?: string;
  organisation?: string | null;
  detail?: unknown;
  onBehalf?: boolean;
}

/** An endpoint this server does not have yet (404/405/501 without a problem of ours). */
export class Unavailable extends Error {}

export class AdminApi extends Api {
  questionnaires = () => this.newer<QuestionnaireSummary[]>("GET", "/api/v1/questionnaires");
  questionnaireVersion = (id: string, version: number) =>
    this.call<Questionnaire>("GET", `/api/v1/questionnaires/${enc(id)}/versions/${version}`);
  upload = (json: unknown) => this.call<{ id: string; version: number }>("POST", "/api/v1/questionnaires", json);

  adminRounds = () => this.call<AdminRound[]>("GET", "/api/v1/rounds");
  adminRound = (id: string) => this.call<AdminRound>("GET", `/api/v1/rounds/${enc(id)}`);
  createRound = (body: unknown) => this.call<AdminRound>("POST", "/api/v1/rounds", body);
  openRound = (id: string) => this.call<AdminRound>("POST", `/api/v1/rounds/${enc(id)}/open`);
  closeRound = (id: string) => this.call<AdminRound>("POST", `/api/v1/rounds/${enc(id)}/close`);
  extend = (id: string, closesAt: string, organisation?: string) =>
    this.newer<unknown>("POST", `/api/v1/rounds/${enc(id)}/extensions`, organisation ? { closesAt, organisation } : { closesAt });

  progress = (id: string) => this.call<Progress>("GET", `/api/v1/rounds/${enc(id)}/progress`);
  organisationProgress = (id: string) => this.newer<OrgProgress[]>("GET", `/api/v1/rounds/${enc(id)}/progress/organisations`);
  remind = (id: string, organisations: string[]) =>
    this.newer<RemindersQueued>("POST", `/api/v1/rounds/${enc(id)}/reminders`, { organisations });
  reminders = (id: string) => this.newer<ReminderRecord[]>("GET", `/api/v1/rounds/${enc(id)}/reminders`);

  indicators = (id: string) => this.call<IndicatorDefinition[]>("GET", `/api/v1/rounds/${enc(id)}/indicators`);
  defineIndicator = (id: string, body: NewIndicator) =>
    this.call<IndicatorDefinition>("POST", `/api/v1/rounds/${enc(id)}/indicators`, body);

  releases = (id: string) => this.call<Release[]>("GET", `/api/v1/rounds/${enc(id)}/releases`);
  createRelease = (id: string) => this.call<Release>("POST", `/api/v1/rounds/${enc(id)}/releases`);
  releaseValues = (releaseId: string) => this.newer<unknown>("GET", `/api/v1/releases/${enc(releaseId)}/values`);
  releaseDiff = (releaseId: string) => this.newer<ReleaseDiffView>("GET", `/api/v1/releases/${enc(releaseId)}/diff`);
  discardRelease = (releaseId: string) => this.newer<unknown>("DELETE", `/api/v1/releases/${enc(releaseId)}`);
  publish = (releaseId: string) => this.call<Release>("POST", `/api/v1/releases/${enc(releaseId)}/publish`);

  audit = (id: string, query: { actor?: string; action?: string }) =>
    this.newer<unknown>("GET", `/api/v1/rounds/${enc(id)}/audit${queryString(query)}`);

  /** Downloads a file of the API (CSV, XLSX) with the bearer token, as the browser's own download. */
  async download(path: string, filename: string): Promise<void> {
    const token = await this.session.token();
    let response: Response;
    try {
      response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (!response.ok) throw new ApiError(response.status, null);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** A call to an endpoint added with the console: a missing route says so instead of failing. */
  private async newer<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await this.call<T>(method, path, body);
    } catch (e) {
      // An unknown route answers 404/405 without a detail of ours (or the framework's "HTTP 405 …").
      if (e instanceof ApiError) {
        const generic = !e.problem?.detail || /^HTTP \d{3}\b/.test(e.problem.detail);
        if ((e.status === 404 && generic) || e.status === 405 || e.status === 501) throw new Unavailable(path);
      }
      throw e;
    }
  }
}

export function queryString(query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : "";
}

function enc(s: string) {
  return encodeURIComponent(s);
}
