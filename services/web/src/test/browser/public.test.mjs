// The public statistics pages in real Chromium against the real stack (started by PublicPagesIT in
// deploy/e2e, which publishes a round and passes it, a token for the published API and the
// addresses in the environment). Every figure on the page is checked against the published API.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { BASE, launch, screenshot, seriousAxeViolations } from "./browser.mjs";

const ROUND = process.env.ENKAT_PUBLIC_ROUND;
const TOKEN = process.env.ENKAT_API_TOKEN;
const USER = process.env.ENKAT_PUBLIC_USER ?? "admin";
const COUNTY = "23";
let browser;
let context;
let page;

before(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "sv-SE", acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
});
after(async () => {
  await browser?.close();
});

/** The published API, read with a token of its own (not the page's). */
async function api(path, accept = "application/json") {
  const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${TOKEN}`, Accept: accept } });
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return response;
}

const json = async (path) => (await api(path)).json();
const values = (query) => json(`/api/v1/published/rounds/${ROUND}/values?${query}`);

/** Every row of every indicator table on the page: indicator|group|category → [numerator, denominator]. */
async function tableCells() {
  return page.$$eval("section.indicator", (sections) => {
    const cells = {};
    for (const section of sections) {
      for (const row of section.querySelectorAll("tbody tr")) {
        const key = `${section.dataset.indicator}|${row.dataset.group}|${row.dataset.category}`;
        cells[key] = [Number(row.querySelector('[data-col="numerator"]').textContent), Number(row.querySelector('[data-col="denominator"]').textContent)];
      }
    }
    return cells;
  });
}

function apiCells(list, group) {
  const cells = {};
  for (const v of list) cells[`${v.indicator}|${group(v)}|${v.category ?? ""}`] = [v.numerator, v.denominator];
  return cells;
}

async function waitForTables() {
  await page.waitForSelector("section.indicator table.values");
  // Every chart has drawn (ECharts is loaded on demand).
  await page.waitForFunction(() => [...document.querySelectorAll("section.indicator .chart")].every((c) => c.querySelector("svg")));
}

test("the statistics are reached after a login, in Swedish, linked from the header", async () => {
  const config = await (await fetch(BASE + "/config.json")).json();
  assert.equal(config.anonymousRead, false, "the shared stack keeps the published API closed to anonymous readers");
  await page.goto(BASE + "/statistik");
  await page.waitForSelector("#username");
  await page.fill("#username", USER);
  await page.fill("#password", "demo");
  await page.click("#kc-login");
  await page.waitForSelector("main h1:has-text('Publicerad statistik')");
  assert.equal(await page.locator("header a[href='/statistik']").innerText(), "Statistik");
  await page.waitForSelector(`a[href^="/statistik/${ROUND}?"]`);
  await screenshot(page, "public-rounds");
});

test("the national page shows every default indicator with the API's numerator and denominator, cell by cell", async () => {
  await page.click(`a[href^="/statistik/${ROUND}?"]`);
  await waitForTables();
  const library = await json(`/api/v1/published/rounds/${ROUND}/indicators`);
  const national = await values("level=national");
  const shares = library.filter((i) => !(i.categories ?? []).length);
  const shown = await page.$$eval("section.indicator", (s) => s.map((x) => x.dataset.indicator));
  assert.deepEqual(shown, shares.map((i) => i.id), "every share indicator, in library order");
  assert.ok(library.filter((i) => i.kind === "DEFAULT").length > 10);
  const expected = apiCells(national.filter((v) => shares.some((i) => i.id === v.indicator)), (v) => v.type);
  assert.deepEqual(await tableCells(), expected);
  // Regions and municipalities side by side; the n printed beside the bars.
  const header = await page.locator(".overview thead").innerText();
  assert.match(header, /Regioner[\s\S]*Kommuner/);
  const first = national.find((v) => v.indicator === shares[0].id && v.type === "REGION");
  const svg = await page.locator("section.indicator >> nth=0").locator(".chart svg").textContent();
  assert.ok(svg.includes(`${first.numerator} av ${first.denominator}`), `the chart prints "${first.numerator} av ${first.denominator}"`);
  const label = await page.locator("section.indicator >> nth=0").locator(".chart").getAttribute("aria-label");
  assert.ok(label.includes(`${first.numerator} av ${first.denominator}`), label);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, "public-national");
  await page.screenshot({ path: `${process.env.ENKAT_SCREENSHOTS}/public-national-full.png`, fullPage: true });

  // Distributions of single-choice questions: stacked bars and their tables, cell by cell.
  await page.click("nav.public-tabs >> text=Fördelningar");
  await waitForTables();
  const distributions = library.filter((i) => (i.categories ?? []).length);
  assert.ok(distributions.length > 0);
  const expectedDistributions = apiCells(national.filter((v) => distributions.some((i) => i.id === v.indicator)), (v) => v.type);
  assert.deepEqual(await tableCells(), expectedDistributions);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, "public-distributions");
});

test("the county picker filters to county 23 and the totals match the API; the CSV download equals the API's", async () => {
  await page.click("nav.public-tabs >> text=Värden");
  await waitForTables();
  await page.click("nav.levels >> text=Län");
  await page.waitForSelector("#county-picker:enabled");
  const options = await page.$$eval("#county-picker option", (o) => o.map((x) => x.textContent));
  assert.ok(options.some((o) => o.includes("Jämtlands län")), options.join(", "));
  await page.selectOption("#county-picker", COUNTY);
  await page.waitForURL((url) => url.searchParams.get("county") === COUNTY);
  await waitForTables();
  const county = await values(`level=county&county=${COUNTY}`);
  assert.ok(county.length > 0);
  assert.ok(county.every((v) => v.county === COUNTY));
  const page23 = await tableCells();
  const shares = county.filter((v) => v.category === undefined);
  assert.deepEqual(page23, apiCells(shares, (v) => v.type));
  const sum = (cells, i) => Object.values(cells).reduce((s, c) => s + c[i], 0);
  const apiTotals = [shares.reduce((s, v) => s + v.numerator, 0), shares.reduce((s, v) => s + v.denominator, 0)];
  assert.deepEqual([sum(page23, 0), sum(page23, 1)], apiTotals);
  await screenshot(page, "public-county-23");

  const link = page.locator('.downloads a[data-format="csv"]');
  const href = await link.getAttribute("href");
  assert.match(href, /level=county&county=23&release=\d+&format=csv/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = readFileSync(await download.path());
  const fromApi = Buffer.from(await (await api(href, "*/*")).arrayBuffer());
  assert.ok(file.length > 100);
  assert.ok(file.equals(fromApi), "the page's CSV is byte for byte the API's");
  assert.match(download.suggestedFilename(), /county-23\.csv$/);
});

test("keyboard only: from the top of the page Tab reaches a chart's table", async () => {
  await page.goto(BASE + `/statistik/${ROUND}?view=values&level=national`);
  await waitForTables();
  await page.locator("body").focus();
  await page.evaluate(() => document.activeElement?.blur());
  let reached = false;
  for (let i = 0; i < 200 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.matches("section.indicator .table-wrap") ?? false);
  }
  assert.ok(reached, "Tab reaches the first indicator's table");
  const name = await page.evaluate(() => document.activeElement.getAttribute("aria-labelledby"));
  assert.ok(name);
  await page.keyboard.press("ArrowRight");
  await screenshot(page, "public-keyboard-table");
});

test("one organisation by name, the library, every answer searchable, the pinned version and its history", async () => {
  await page.click("nav.levels >> text=En organisation");
  await page.fill("#org-search", "Öster");
  await page.click("#org-found a >> nth=0");
  await waitForTables();
  const org = new URL(page.url()).searchParams.get("organisation");
  const orgValues = await values(`level=organisation&organisation=${org}`);
  assert.deepEqual(await tableCells(), apiCells(orgValues.filter((v) => v.category === undefined), (v) => v.organisation));
  assert.match(await page.locator("main").innerText(), /Östersund/);
  await screenshot(page, "public-organisation");

  await page.click("nav.public-tabs >> text=Indikatorer");
  await page.waitForSelector("dl.library");
  const entry = await page.locator(".library-entry >> nth=0").innerText();
  assert.match(entry, /Definition i CEL/);
  assert.match(entry, /Fråg(a|or):/);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, "public-library");

  await page.click("nav.public-tabs >> text=Alla svar");
  await page.waitForSelector(".answers-table tbody tr");
  const all = await page.locator(".answers-table tbody tr").count();
  await page.fill("#answer-search", "Jämtland");
  await page.waitForFunction((n) => document.querySelectorAll(".answers-table tbody tr").length < n, all);
  const names = await page.$$eval(".answers-table tbody th", (t) => t.map((x) => x.textContent));
  assert.ok(names.length >= 1 && names.every((n) => /Östersund|Jämtland|Härjedalen|Åre/.test(n)), names.join(", "));
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, "public-answers");

  const rounds = await json("/api/v1/published/rounds");
  const round = rounds.find((r) => r.round === ROUND);
  await page.click("nav.public-tabs >> text=Versioner och ändringar");
  await page.waitForSelector("ol.versions li");
  assert.equal(await page.locator("ol.versions > li").count(), round.versions.length);
  if (round.versions.length > 1) {
    const before = Math.max(...round.versions.map((v) => v.version).filter((v) => v < round.version));
    const changes = await json(`/api/v1/published/rounds/${ROUND}/changes?from=${before}&to=${round.version}`);
    assert.ok(changes.cells.length > 0, "the correction changed cells");
    await page.waitForSelector("table.changes");
    assert.equal(await page.locator("ol.versions > li >> nth=0").locator("table.changes tbody tr").count(), Math.min(500, changes.cells.length));
  }
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, "public-history");

  // The pinned link opens version 1 whatever is published later.
  await page.goto(BASE + `/statistik/${ROUND}?view=values&level=national&release=1`);
  await waitForTables();
  assert.match(await page.locator(".version-bar").innerText(), /Visar version 1/);
  const v1 = await values("level=national&release=1");
  const shares = v1.filter((v) => v.category === undefined);
  assert.deepEqual(await tableCells(), apiCells(shares, (v) => v.type));
  await page.click("text=In English");
  await page.waitForSelector("text=Showing version");
  await screenshot(page, "public-pinned-v1-english");
});

test("on a narrow screen every share stays on one line with its count", async () => {
  await page.setViewportSize({ width: 420, height: 900 });
  try {
    const wrapped = () =>
      page.$$eval("table.values td", (cells) =>
        cells
          .filter((cell) => /\d+ (av|of) \d+/.test(cell.textContent))
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((cell) => cell.textContent),
      );
    await page.goto(BASE + `/statistik/${ROUND}?view=values&level=national`);
    await waitForTables();
    assert.ok((await page.locator(".overview td.num").count()) > 10);
    assert.deepEqual(await wrapped(), []);
    await screenshot(page, "public-narrow-values");
    await page.goto(BASE + `/statistik/${ROUND}?view=history`);
    await page.waitForSelector("table.changes tbody tr");
    assert.deepEqual(await wrapped(), []);
    assert.match(await page.locator("table.changes tbody tr >> nth=0").innerText(), /(Riket|Sweden): (regioner|kommuner|regions|municipalities)/);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await screenshot(page, "public-narrow-history");
  } finally {
    await page.setViewportSize({ width: 1280, height: 1000 });
  }
});
