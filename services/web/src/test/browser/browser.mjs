// Shared by the browser tests: Debian's Chromium driven by playwright-core, a login typed into
// Keycloak's own page, screenshots, and axe-core's accessibility check.
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const BASE = required("ENKAT_WEB_URL");
export const SCREENSHOTS = process.env.ENKAT_SCREENSHOTS ?? "target/browser-screens";
const CHROMIUM = process.env.ENKAT_CHROMIUM ?? "/usr/bin/chromium";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
mkdirSync(SCREENSHOTS, { recursive: true });

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh browser context (no cookies, nothing stored), logged in through Keycloak's page. */
export async function loggedIn(browser, user, { keyboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "sv-SE" });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(BASE + "/");
  await page.waitForSelector("#username");
  if (keyboard) {
    await page.focus("#username");
    await page.keyboard.type(user);
    await page.keyboard.press("Tab");
    await page.keyboard.type("demo");
    await page.keyboard.press("Enter");
  } else {
    await page.fill("#username", user);
    await page.fill("#password", "demo");
    await page.click("#kc-login");
  }
  await page.waitForURL((url) => url.origin === new URL(BASE).origin && !url.search.includes("code="));
  await page.waitForSelector("main h1");
  return { context, page };
}

// Numbered on from what an earlier run of the same directory left, so the steps sort in order.
let shot = readdirSync(SCREENSHOTS).filter((f) => f.endsWith(".png")).length;
export async function screenshot(page, name) {
  shot += 1;
  const file = `${SCREENSHOTS}/${String(shot).padStart(2, "0")}-${name}.png`;
  await page.screenshot({ path: file });
  return file;
}

/** axe-core on the page as it is: WCAG 2.0/2.1 A and AA rules; returns serious and critical ones. */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The radio or checkbox of one answer to one question. */
export function option(page, question, value) {
  return page.locator(`[id="q-${question}-${value}"]`);
}

export function field(page, question) {
  return page.locator(`[id="q-${question}"]`);
}

/** Answers every shown, unanswered choice question with `value` (or its first choice). */
export async function answerTheRest(page, value, except = []) {
  const ids = await page.$$eval("fieldset.question", (sets) =>
    sets.filter((s) => !s.querySelector("input:checked")).map((s) => s.id.slice(2)),
  );
  for (const id of ids) {
    if (except.includes(id)) continue;
    const wanted = option(page, id, value);
    if ((await wanted.count()) > 0) await wanted.check();
    else await page.locator(`[id="q-${id}"] input`).first().check();
  }
}
