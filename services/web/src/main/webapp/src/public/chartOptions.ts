// The ECharts options of the public pages' charts, built from the same rows as the table beside
// them (so chart and table can never disagree).
import type { Lang } from "../engine/model";
import { formatPercent, groupsOf, labelColour, PALETTE, type Indicator, type TableRow } from "./logic";

const AXIS_TEXT = "#1b1b1b";
/** Okabe–Ito blue and vermillion: both at least 3:1 against white, told apart by every colour vision. */
const SHARE_COLOURS = ["#0072B2", "#D55E00"];

/** Horizontal bars, one per group: the share, and beside each bar "90,5 % (19 av 21)". */
export function shareChart(lang: Lang, rows: TableRow[]) {
  return {
    animation: false,
    grid: { left: 8, right: 150, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %", color: AXIS_TEXT } },
    yAxis: { type: "category", inverse: true, data: rows.map((r) => r.groupLabel), axisLabel: { color: AXIS_TEXT, fontSize: 13 } },
    series: [
      {
        type: "bar",
        barMaxWidth: 28,
        data: rows.map((r, i) => ({ value: r.percent ?? 0, itemStyle: { color: SHARE_COLOURS[i % 2] } })),
        label: {
          show: true,
          position: "right",
          color: AXIS_TEXT,
          fontSize: 13,
          formatter: (p: { dataIndex: number }) => `${formatPercent(lang, rows[p.dataIndex].percent)} (${rows[p.dataIndex].n})`,
        },
      },
    ],
  };
}

/** Stacked horizontal bars, one per group, a segment per choice; n of the group beside its name. */
export function distributionChart(lang: Lang, indicator: Indicator, rows: TableRow[]) {
  const groups = groupsOf(rows);
  const categories = (indicator.categories ?? []).map((c) => c.value);
  for (const row of rows) if (row.category !== undefined && !categories.includes(row.category)) categories.push(row.category);
  const labelOf = (category: string) => rows.find((r) => r.category === category)?.categoryLabel ?? category;
  const denominatorOf = (group: string) => rows.find((r) => r.group === group)?.denominator ?? 0;
  return {
    animation: false,
    legend: { top: 0, textStyle: { color: AXIS_TEXT }, data: categories.map(labelOf) },
    grid: { left: 8, right: 24, top: 36 + 18 * Math.floor(categories.length / 4), bottom: 28, containLabel: true },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %", color: AXIS_TEXT } },
    yAxis: {
      type: "category",
      inverse: true,
      data: groups.map((g) => `${g.label} (n = ${denominatorOf(g.key)})`),
      axisLabel: { color: AXIS_TEXT, fontSize: 13 },
    },
    series: categories.map((category, i) => {
      const colour = PALETTE[i % PALETTE.length];
      return {
        type: "bar",
        name: labelOf(category),
        stack: "total",
        barMaxWidth: 32,
        itemStyle: { color: colour, borderColor: "#ffffff", borderWidth: 1 },
        label: {
          show: true,
          color: labelColour(colour),
          formatter: (p: { value: number; dataIndex: number }) => {
            const row = rows.find((r) => r.group === groups[p.dataIndex].key && r.category === category);
            return row && (row.percent ?? 0) >= 12 ? `${row.numerator} ${lang === "sv" ? "av" : "of"} ${row.denominator}` : "";
          },
        },
        data: groups.map((g) => rows.find((r) => r.group === g.key && r.category === category)?.percent ?? 0),
      };
    }),
  };
}
