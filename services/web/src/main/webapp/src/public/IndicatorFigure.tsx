// One indicator: its chart (Apache ECharts) and, always beside it, the table with numerator,
// denominator and share, so every figure can be checked. The chart has a text alternative; the
// table is a keyboard-reachable region.
import { useEffect, useRef } from "react";
import type { Lang } from "../engine/model";
import { distributionChart, shareChart } from "./chartOptions";
import { chartSummary, formatPercent, isDistribution, text, type Indicator, type TableRow } from "./logic";
import { pt } from "./texts";

export function IndicatorFigure({ lang, indicator, rows }: { lang: Lang; indicator: Indicator; rows: TableRow[] }) {
  const title = text(lang, indicator.title);
  const distribution = isDistribution(indicator);
  const id = `ind-${indicator.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const summary = chartSummary(lang, title, rows);
  return (
    <section className="indicator" aria-labelledby={`${id}-title`} data-indicator={indicator.id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="meta indicator-id">{indicator.id}</p>
      {rows.length === 0 ? (
        <p className="hint">{pt(lang, "noValues")}</p>
      ) : (
        <div className="chart-and-table">
          <Chart lang={lang} indicator={indicator} rows={rows} summary={summary} distribution={distribution} />
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`} id={`${id}-table`}>
            <table className="values">
              <caption id={`${id}-caption`}>
                {pt(lang, "table")}: {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{pt(lang, "group")}</th>
                  {distribution && <th scope="col">{pt(lang, "answer")}</th>}
                  <th scope="col" className="num">{pt(lang, "numerator")}</th>
                  <th scope="col" className="num">{pt(lang, "denominator")}</th>
                  <th scope="col" className="num">{pt(lang, "share")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-group={row.group} data-category={row.category ?? ""}>
                    <th scope="row">{row.groupLabel}</th>
                    {distribution && <td>{row.categoryLabel}</td>}
                    <td className="num" data-col="numerator">{row.numerator}</td>
                    <td className="num" data-col="denominator">{row.denominator}</td>
                    <td className="num" data-col="share">{formatPercent(lang, row.percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function Chart({ lang, indicator, rows, summary, distribution }: { lang: Lang; indicator: Indicator; rows: TableRow[]; summary: string; distribution: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const groups = new Set(rows.map((r) => r.group)).size;
  const legendRows = distribution ? 1 + Math.floor((indicator.categories?.length ?? 0) / 4) : 0;
  const height = 40 + 18 * legendRows + 44 * groups;
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: unknown): void; resize(): void; dispose(): void } | undefined;
    let observer: ResizeObserver | undefined;
    import("./echarts").then(({ init }) => {
      if (disposed || !ref.current) return;
      chart = init(ref.current, undefined, { renderer: "svg" });
      chart.setOption(distribution ? distributionChart(lang, indicator, rows) : shareChart(lang, rows));
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(ref.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [lang, indicator, rows, distribution]);
  return (
    <div className="chart" role="img" aria-label={summary}>
      <div ref={ref} style={{ height }} aria-hidden="true" />
    </div>
  );
}
