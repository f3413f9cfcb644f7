// The published API as the public pages read it: with the session's token when there is one, and
// without any when the gateway lets anonymous readers in (ENKAT_ANONYMOUS_READ).
import { ApiError, NetworkError } from "../api";
import type { AnswerRow, Changes, County, FocusArea, Indicator, PublishedRound, Value } from "./logic";

export interface Reader {
  /** The bearer token, or null for an anonymous reader. */
  token(): Promise<string | null>;
}

export class PublicApi {
  constructor(private readonly reader: Reader) {}

  /** A GET on the page's own origin; the answer itself, for files and JSON alike. */
  async fetch(path: string, accept = "application/json"): Promise<Response> {
    const token = await this.reader.token();
    let response: Response;
    try {
      response = await fetch(path, { headers: { Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
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
    return response;
  }

  private async json<T>(path: string): Promise<T> {
    return (await (await this.fetch(path)).json()) as T;
  }

  rounds = () => this.json<PublishedRound[]>("/api/v1/published/rounds");
  indicators = (round: string, release?: number) => this.json<Indicator[]>(`${base(round)}/indicators${pin(release)}`);
  values = (round: string, query: URLSearchParams) => this.json<Value[]>(`${base(round)}/values?${query}`);
  answers = (round: string, release?: number) => this.json<AnswerRow[]>(`${base(round)}/answers${pin(release)}`);
  changes = (round: string, from: number, to: number) => this.json<Changes>(`${base(round)}/changes?from=${from}&to=${to}`);
  focusAreas = () => this.json<FocusArea[]>("/api/v1/published/focus-areas");
  /** The 21 counties; needs a token (any role), so an anonymous reader gets null. */
  counties = async (): Promise<County[] | null> => {
    try {
      return await this.json<County[]>("/api/v1/counties");
    } catch {
      return null;
    }
  };

  /** Fetches a file the published API serves and hands it to the browser as a download. */
  async download(path: string, name: string): Promise<void> {
    const blob = await (await this.fetch(path, "*/*")).blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function base(round: string) {
  return `/api/v1/published/rounds/${encodeURIComponent(round)}`;
}

function pin(release?: number) {
  return release ? `?release=${release}` : "";
}
