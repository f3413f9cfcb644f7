import { describe, expect, test } from "vitest";
import { distributionChart, shareChart } from "../../main/webapp/src/public/chartOptions";
import {
  answerColumns,
  answerText,
  answerWords,
  choiceLabels,
  buildTable,
  cellWhere,
  chartSummary,
  countyChoices,
  fileName,
  findOrganisations,
  formatPercent,
  groupByFocusArea,
  labelColour,
  nLabel,
  PALETTE,
  pageHref,
  parseLocation,
  searchAnswers,
  valueQuery,
  valuesUrl,
  type AnswerRow,
  type Indicator,
  type Value,
} from "../../main/webapp/src/public/logic";

const share: Indicator = {
  id: "plan.exists",
  kind: "DEFAULT",
  title: { sv: "Finns en plan?", en: "Is there a plan?" },
  numerator: "answers['plan.exists'] == 'yes'",
  denominator: "'plan.exists' in answers",
  sourceQuestions: ["plan.exists"],
  categories: [],
};

const distribution: Indicator = {
  id: "plan.level",
  kind: "DEFAULT",
  title: { sv: "Vem beslutade?", en: "Who decided?" },
  numerator: "answers['plan.level'] == category",
  denominator: "'plan.level' in answers",
  sourceQuestions: ["plan.level"],
  categories: [
    { value: "political", label: { sv: "Politisk nivå", en: "Political level" } },
    { value: "highest_official", label: { sv: "Högsta tjänsteperson", en: "Highest official" } },
  ],
};

const national: Value[] = [
  { indicator: "plan.exists", level: "national", type: "MUNICIPALITY", numerator: 150, denominator: 280, percent: 53.6 },
  { indicator: "plan.exists", level: "national", type: "REGION", numerator: 19, denominator: 21, percent: 90.5 },
  { indicator: "plan.level", level: "national", type: "REGION", category: "highest_official", numerator: 4, denominator: 19, percent: 21.1 },
  { indicator: "plan.level", level: "national", type: "REGION", category: "political", numerator: 15, denominator: 19, percent: 78.9 },
  { indicator: "other", level: "national", type: "REGION", numerator: 1, denominator: 1, percent: 100 },
];

describe("the n beside every bar", () => {
  test("reads '19 av 21' in Swedish and '19 of 21' in English", () => {
    expect(nLabel("sv", 19, 21)).toBe("19 av 21");
    expect(nLabel("en", 19, 21)).toBe("19 of 21");
  });

  test("the share has one decimal, a comma in Swedish, and a dash without a denominator", () => {
    expect(formatPercent("sv", 90.5)).toBe("90,5 %");
    expect(formatPercent("en", 90.5)).toBe("90.5%");
    expect(formatPercent("sv", 100)).toBe("100,0 %");
    expect(formatPercent("sv", undefined)).toBe("–");
  });

  test("every bar of the share chart carries its share and its n", () => {
    const rows = buildTable("sv", share, national);
    const option = shareChart("sv", rows) as any;
    const labels = rows.map((_, i) => option.series[0].label.formatter({ dataIndex: i }));
    expect(labels).toEqual(["90,5 % (19 av 21)", "53,6 % (150 av 280)"]);
    expect(option.yAxis.data).toEqual(["Regioner", "Kommuner"]);
    expect(option.series[0].data.map((d: any) => d.value)).toEqual([90.5, 53.6]);
  });
});

describe("the table beside the chart", () => {
  test("one row per group, regions before municipalities, with numerator, denominator and share", () => {
    const rows = buildTable("sv", share, national);
    expect(rows.map((r) => [r.groupLabel, r.numerator, r.denominator, r.percent, r.n])).toEqual([
      ["Regioner", 19, 21, 90.5, "19 av 21"],
      ["Kommuner", 150, 280, 53.6, "150 av 280"],
    ]);
  });

  test("a distribution has a row per group and category in the library's order, labelled", () => {
    const rows = buildTable("en", distribution, national);
    expect(rows.map((r) => [r.group, r.categoryLabel, r.numerator, r.denominator])).toEqual([
      ["REGION", "Political level", 15, 19],
      ["REGION", "Highest official", 4, 19],
    ]);
  });

  test("a share the API left out (denominator 0) is computed or a dash, never a made-up number", () => {
    const rows = buildTable("sv", share, [
      { indicator: "plan.exists", level: "national", type: "REGION", numerator: 1, denominator: 3 },
      { indicator: "plan.exists", level: "national", type: "MUNICIPALITY", numerator: 0, denominator: 0 },
    ]);
    expect(rows.map((r) => r.percent)).toEqual([33.3, undefined]);
  });

  test("an organisation's row is named by the label it is given", () => {
    const rows = buildTable("sv", share, [{ indicator: "plan.exists", level: "organisation", organisation: "0180", numerator: 1, denominator: 1, percent: 100 }], (code) =>
      code === "0180" ? "Stockholm" : code,
    );
    expect(rows[0].groupLabel).toBe("Stockholm");
  });

  test("the chart's text alternative says every bar", () => {
    const rows = buildTable("sv", share, national);
    expect(chartSummary("sv", "Finns en plan?", rows)).toBe("Diagram: Finns en plan?. Regioner: 90,5 % (19 av 21); Kommuner: 53,6 % (150 av 280).");
  });

  test("the stacked bars of a distribution stack the shares and name the group's n", () => {
    const rows = buildTable("sv", distribution, national);
    const option = distributionChart("sv", distribution, rows) as any;
    expect(option.yAxis.data).toEqual(["Regioner (n = 19)"]);
    expect(option.series.map((s: any) => [s.name, s.stack, s.data])).toEqual([
      ["Politisk nivå", "total", [78.9]],
      ["Högsta tjänsteperson", "total", [21.1]],
    ]);
    expect(option.series[0].label.formatter({ value: 78.9, dataIndex: 0 })).toBe("15 av 19");
  });
});

describe("colours", () => {
  test("labels on a segment meet 4.5:1: white on the dark colours, black on the light ones", () => {
    expect(labelColour("#0072B2")).toBe("#ffffff");
    expect(labelColour("#E69F00")).toBe("#000000");
    expect(labelColour("#F0E442")).toBe("#000000");
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
  });
});

describe("the page's address and the downloads", () => {
  test("the address holds view, level, county and a pinned release, and reads back the same", () => {
    const href = pageHref({ round: "2025", view: "values", level: "county", county: "23", release: 2 });
    expect(href).toBe("/statistik/2025?view=values&level=county&county=23&release=2");
    const url = new URL(href, "http://x");
    expect(parseLocation(url.pathname, url.search)).toMatchObject({ round: "2025", view: "values", level: "county", county: "23", release: 2 });
    expect(parseLocation("/statistik", "")).toMatchObject({ round: undefined, view: "values", level: "national" });
    expect(parseLocation("/statistik/x", "?view=nonsense&level=moon&release=-1")).toMatchObject({ view: "values", level: "national", release: undefined });
  });

  test("a download asks the published API for what is on screen, with the same filters and version", () => {
    const query = valueQuery({ round: "2025", view: "values", level: "county", county: "23" }, 1)!;
    expect(valuesUrl("2025", query, "csv")).toBe("/api/v1/published/rounds/2025/values?level=county&county=23&release=1&format=csv");
    expect(valuesUrl("2025", query, "sdmx-json")).toContain("format=sdmx-json");
    expect(valueQuery({ view: "values", level: "county" }, 1)).toBeNull();
    expect(valueQuery({ view: "values", level: "organisation", organisation: "0180" }, undefined)!.toString()).toBe("level=organisation&organisation=0180");
    expect(fileName("r 2025", 2, "values-county-23", "csv")).toBe("r_2025-v2-values-county-23.csv");
  });
});

describe("library, counties, organisations and answers", () => {
  test("the library is grouped by focus area in the agency's order, the rest last", () => {
    const areas = [
      { id: "b", number: 2, name: { sv: "B", en: "B" } },
      { id: "a", number: 1, name: { sv: "A", en: "A" } },
    ];
    const groups = groupByFocusArea(
      [
        { ...share, id: "x", focusArea: "b" },
        { ...share, id: "y", focusArea: "a" },
        { ...share, id: "z" },
      ],
      areas,
    );
    expect(groups.map((g) => [g.area?.id, g.indicators.map((i) => i.id)])).toEqual([
      ["a", ["y"]],
      ["b", ["x"]],
      [undefined, ["z"]],
    ]);
  });

  const answers: AnswerRow[] = [
    { code: "0180", name: "Stockholm", type: "MUNICIPALITY", county: "01", countyName: "Stockholms län", revision: 1, answers: { "plan.exists": "yes", tools: ["a", "b"] }, comments: { "plan.exists": "Beslutad 2024" } },
    { code: "2380", name: "Östersund", type: "MUNICIPALITY", county: "23", countyName: "Jämtlands län", revision: 2, answers: { "plan.exists": "no" }, comments: {} },
    { code: "23", name: "Region Jämtland Härjedalen", type: "REGION", county: "23", countyName: "Jämtlands län", revision: 1, answers: { "plan.exists": "yes" }, comments: {} },
  ];

  test("the answers search finds names, counties, answers and comments, every word", () => {
    expect(searchAnswers(answers, "jämtland").map((a) => a.code)).toEqual(["2380", "23"]);
    expect(searchAnswers(answers, "beslutad").map((a) => a.code)).toEqual(["0180"]);
    expect(searchAnswers(answers, "jämtland no").map((a) => a.code)).toEqual(["2380"]);
    expect(searchAnswers(answers, "  ")).toHaveLength(3);
    expect(answerColumns(answers, ["plan.exists"])).toEqual(["plan.exists", "tools"]);
  });

  test("the organisation search puts names that start with the words first", () => {
    expect(findOrganisations(answers, "öst").map((o) => o.code)).toEqual(["2380"]);
    expect(findOrganisations(answers, "jämtland").map((o) => o.code)).toEqual(["23"]);
    expect(findOrganisations(answers, "")).toEqual([]);
  });

  test("counties come from the published list, else from the respondents", () => {
    expect(countyChoices([{ code: "23", name: "Jämtlands län" }, { code: "01", name: "Stockholms län" }], []).map((c) => c.code)).toEqual(["01", "23"]);
    expect(countyChoices(null, answers)).toEqual([
      { code: "01", name: "Stockholms län" },
      { code: "23", name: "Jämtlands län" },
    ]);
  });
});

describe("the changes between versions", () => {
  test("say where a cell is in the reader's language", () => {
    expect(cellWhere("sv", { change: "added", indicator: "x", level: "national", type: "REGION" })).toBe("Riket: regioner");
    expect(cellWhere("en", { change: "added", indicator: "x", level: "county", type: "MUNICIPALITY", county: "23" })).toBe("County 23: municipalities");
    expect(cellWhere("sv", { change: "changed", indicator: "x", level: "organisation", type: "MUNICIPALITY", county: "23", organisation: "2380" })).toBe(
      "Organisation 2380: kommun, län 23",
    );
  });
});

describe("answers in words", () => {
  test("a choice reads as its label and yes/no/don't know in the reader's language", () => {
    const labels = choiceLabels([share, distribution]);
    expect(answerText("highest_official", answerWords("sv", "plan.level", labels))).toBe("Högsta tjänsteperson");
    expect(answerText("political", answerWords("en", "plan.level", labels))).toBe("Political level");
    expect(answerText("yes", answerWords("sv", "plan.exists", labels))).toBe("Ja");
    expect(answerText("dont_know", answerWords("en", "plan.exists", labels))).toBe("Don't know");
    expect(answerText(["political", "unknown_code"], answerWords("sv", "plan.level", labels))).toBe("Politisk nivå; unknown_code");
    expect(answerText(12, answerWords("sv", "staff.count", labels))).toBe("12");
  });
});
