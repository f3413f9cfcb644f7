// The enkat API on the page's own origin (the gateway), with the session's bearer token.
import type { Session } from "./auth";
import type { Answers, Questionnaire, Text, Violation } from "./engine/model";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** An RFC 9457 problem; violations name the JSON field and, for questionnaires, the question. */
export interface Problem {
  title?: string;
  detail?: string;
  violations?: { field?: string; message: string; question?: string }[];
}

/** The request never reached an answer (connection dropped, server away). */
export class NetworkError extends Error {}

export interface Round {
  id: string;
  title: Text;
  status: "DRAFT" | "OPEN" | "CLOSED";
  opensAt?: string;
  closesAt?: string;
  questionnaire: { id: string; version: number };
}

export interface OrganisationView {
  code: string;
  name: string;
  type: "REGION" | "MUNICIPALITY" | "CITY_DISTRICT";
  county: string;
}

export type Comments = Record<string, string>;

export interface Draft {
  answers: Answers;
  comments: Comments;
  savedAt: string;
}

export interface Revision {
  revision: number;
  status: "RECEIVED" | "ACCEPTED" | "REJECTED";
  violations: Violation[];
  answers: Answers;
  comments: Comments;
  submittedAt: string;
  validatedAt?: string | null;
  counts?: boolean;
  /** Submitted by an administrator for the organisation (and by whom). */
  onBehalf?: boolean;
  submittedBy?: string;
}

export interface Receipt {
  revision: number;
  status: string;
}

export class Api {
  constructor(protected readonly session: Session) {}

  protected async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, keepalive = false): Promise<T> {
    const token = await this.session.token();
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        keepalive,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch {
        /* not JSON */
      }
      throw new ApiError(response.status, problem);
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  /** GET that answers null for 404. */
  private async optional<T>(path: string): Promise<T | null> {
    try {
      return await this.call<T>("GET", path);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  }

  organisation = (code: string) => this.call<OrganisationView>("GET", `/api/v1/organisations/${enc(code)}`);
  rounds = () => this.call<Round[]>("GET", "/api/v1/rounds");
  round = (id: string) => this.call<Round>("GET", `/api/v1/rounds/${enc(id)}`);
  questionnaire = (id: string) => this.call<Questionnaire>("GET", `/api/v1/rounds/${enc(id)}/questionnaire`);
  draft = (id: string, org: string) => this.optional<Draft>(sub(id, org) + "/draft");
  latest = (id: string, org: string) => this.optional<Revision>(sub(id, org));
  revisions = (id: string, org: string) => this.optional<Revision[]>(sub(id, org) + "/revisions");
  saveDraft = (id: string, org: string, answers: Answers, comments: Comments, keepalive = false) =>
    this.call<Draft>("PUT", sub(id, org) + "/draft", { answers, comments }, {}, keepalive);
  check = (id: string, org: string, answers: Answers, comments: Comments) =>
    this.call<{ violations: Violation[]; visible: string[] }>("POST", sub(id, org) + "/check", { answers, comments });
  submit = (id: string, org: string, answers: Answers, comments: Comments, key: string) =>
    this.call<Receipt>("POST", sub(id, org), { answers, comments }, { "Idempotency-Key": key });
}

function enc(s: string) {
  return encodeURIComponent(s);
}

function sub(id: string, org: string) {
  return `/api/v1/rounds/${enc(id)}/submissions/${enc(org)}`;
}
