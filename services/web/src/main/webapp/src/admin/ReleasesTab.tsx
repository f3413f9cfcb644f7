import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError } from "../api";
import type { Lang } from "../engine/model";
import { formatDate } from "../i18n";
import { Unavailable, type AdminApi, type AdminRound, type Release } from "./adminApi";
import { diffValues, normalisePreview, percent, previousFromDiff, type Preview } from "./logic";
import { a, typeText } from "./texts";

const FINAL_WAIT_MS = 60_000;
const LEVELS = ["national", "county", "organisation"] as const;

/** After close: a draft release, its values beside the latest published ones, discard or publish. */
export function ReleasesTab({ api, lang, round }: { api: AdminApi; lang: Lang; round: AdminRound }) {
  const [releases, setReleases] = useState<Release[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ release: Release; data: Preview } | null>(null);
  const [level, setLevel] = useState<(typeof LEVELS)[number]>("national");
  const [indicator, setIndicator] = useState("");
  const previewRef = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    try {
      const list = await api.releases(round.id);
      setReleases([...list].sort((x, y) => y.version - x.version));
      return list;
    } catch (e) {
      // The publication service hears of a round once it opens: until then it has no releases.
      if (e instanceof ApiError && e.status === 404) setReleases([]);
      else setMessage({ ok: false, text: String((e as Error).message) });
      return [];
    }
  }, [api, round.id]);
  useEffect(() => {
    load();
  }, [load]);

  const fail = (e: unknown) =>
    setMessage({ ok: false, text: e instanceof Unavailable ? a(lang, "notOnServer") : e instanceof ApiError ? `${e.status}: ${e.message}` : String(e) });

  const showPreview = async (release: Release) => {
    try {
      const data = normalisePreview(await api.releaseValues(release.releaseId));
      // The diff against the latest published release, when the server offers it.
      const diff = await api.releaseDiff(release.releaseId).catch((e) => {
        if (e instanceof Unavailable) return null;
        throw e;
      });
      if (diff) {
        data.previous = previousFromDiff(data.values, diff);
        data.previousVersion = diff.against?.version ?? null;
      }
      setPreview({ release, data });
      setTimeout(() => previewRef.current?.focus(), 0);
    } catch (e) {
      fail(e);
    }
  };

  const run = async (work: () => Promise<unknown>, done: string, after?: (list: Release[]) => void) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
      setMessage({ ok: true, text: done });
      const list = await load();
      after?.(list);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  // Right after closing, the last verdicts may still be on their way: 409 says so; try again a while.
  const createWhenFinal = async () => {
    const deadline = Date.now() + FINAL_WAIT_MS;
    for (;;) {
      try {
        return await api.createRelease(round.id);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 409) || Date.now() > deadline) throw e;
        setMessage({ ok: true, text: `${a(lang, "waitingFinal")} (${e.message})` });
        await new Promise((r) => setTimeout(r, 1500));
      }
    }
  };

  const draft = releases?.find((r) => r.status === "DRAFT") ?? null;
  const latestPublished = releases?.find((r) => r.status === "PUBLISHED") ?? null;

  const rows = useMemo(() => {
    if (!preview) return [];
    const pick = (v: { level: string; indicator: string }) => v.level === level && (!indicator || v.indicator === indicator);
    return diffValues(preview.data.values.filter(pick), preview.data.previous ? preview.data.previous.filter(pick) : null);
  }, [preview, level, indicator]);
  const indicators = useMemo(() => [...new Set((preview?.data.values ?? []).map((v) => v.indicator))].sort(), [preview]);

  return (
    <>
      <div aria-live="polite">{message && <p className={`notice ${message.ok ? "ok" : "bad"}`}>{message.text}</p>}</div>
      <section aria-labelledby="draft-title">
        <h2 id="draft-title">{a(lang, "draftRelease")}</h2>
        {round.status !== "CLOSED" && <p>{a(lang, "releaseAfterClose")}</p>}
        {round.status === "CLOSED" && !draft && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(() => createWhenFinal(), a(lang, "draftCreated"), (list) => {
                const created = list.find((r) => r.status === "DRAFT");
                if (created) showPreview(created);
              })
            }
          >
            {a(lang, "createDraft")}
          </button>
        )}
        {draft && (
          <div className="toolbar">
            <span>
              {a(lang, "version")} {draft.version} ({a(lang, "draft")})
            </span>
            <button type="button" className="secondary" disabled={busy} onClick={() => showPreview(draft)}>
              {a(lang, "previewValues")}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run(() => api.publish(draft.releaseId), a(lang, "published").replace("{v}", String(draft.version)), () => setPreview(null))
              }
            >
              {a(lang, "publish")}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => run(() => api.discardRelease(draft.releaseId), a(lang, "discarded"), () => setPreview(null))}
            >
              {a(lang, "discard")}
            </button>
          </div>
        )}
      </section>

      {preview && (
        <section aria-labelledby="preview-values-title" ref={previewRef} tabIndex={-1}>
          <h2 id="preview-values-title">
            {a(lang, "valuesOf")} {preview.release.version}
          </h2>
          <p className="meta">
            {preview.data.previous
              ? a(lang, "diffAgainst").replace("{v}", String(preview.data.previousVersion ?? latestPublished?.version ?? ""))
              : a(lang, "noPublishedYet")}
          </p>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={a(lang, "filters")}>
            <div className="field">
              <label htmlFor="preview-level">{a(lang, "level")}</label>
              <select id="preview-level" value={level} onChange={(e) => setLevel(e.target.value as (typeof LEVELS)[number])}>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {a(lang, l)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="preview-indicator">{a(lang, "indicator")}</label>
              <select id="preview-indicator" value={indicator} onChange={(e) => setIndicator(e.target.value)}>
                <option value="">{a(lang, "all")}</option>
                {indicators.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <table id="release-preview" className="numbers">
            <caption>
              {a(lang, "previewCaption")}: {rows.length} {a(lang, "cells")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "indicator")}</th>
                <th scope="col">{a(lang, "type")}</th>
                {level !== "national" && <th scope="col">{level === "county" ? a(lang, "county") : a(lang, "organisation")}</th>}
                <th scope="col">{a(lang, "category")}</th>
                <th scope="col">{a(lang, "share")}</th>
                <th scope="col">{a(lang, "numerator")}</th>
                <th scope="col">{a(lang, "denominatorN")}</th>
                {preview.data.previous && <th scope="col">{a(lang, "publishedBefore")}</th>}
                {preview.data.previous && <th scope="col">{a(lang, "change")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ value, previous, change }) => {
                const v = value ?? previous!;
                return (
                  <tr key={[v.indicator, v.type, v.county, v.organisation, v.category].join("|")} data-indicator={v.indicator} data-type={v.type ?? ""} data-category={v.category ?? ""} className={`change-${change}`}>
                    <th scope="row">
                      <code>{v.indicator}</code>
                    </th>
                    <td>{v.type ? typeText(lang, v.type) : ""}</td>
                    {level !== "national" && <td>{level === "county" ? v.county : v.organisation}</td>}
                    <td>{v.category ?? ""}</td>
                    <td>{value && value.denominator > 0 ? percent(lang, (100 * value.numerator) / value.denominator) : "–"}</td>
                    <td className="numerator">{value ? value.numerator : "–"}</td>
                    <td className="denominator">{value ? value.denominator : "–"}</td>
                    {preview.data.previous && <td>{previous ? `${previous.numerator} / ${previous.denominator}` : "–"}</td>}
                    {preview.data.previous && <td>{a(lang, change)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{a(lang, "releaseVersions")}</h2>
        {releases && releases.length === 0 && <p>{a(lang, "noReleases")}</p>}
        {releases && releases.length > 0 && (
          <table id="release-list">
            <caption>
              {a(lang, "releaseListCaption")} ({releases.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{a(lang, "version")}</th>
                <th scope="col">{a(lang, "status")}</th>
                <th scope="col">{a(lang, "createdAt")}</th>
                <th scope="col">{a(lang, "publishedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={r.releaseId} data-version={r.version}>
                  <th scope="row">{r.version}</th>
                  <td>{r.status === "PUBLISHED" ? a(lang, "publishedStatus") : r.status === "DRAFT" ? a(lang, "draft") : r.status === "DISCARDED" ? a(lang, "discardedStatus") : r.status}</td>
                  <td>{formatDate(lang, r.createdAt)}</td>
                  <td>{formatDate(lang, r.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
