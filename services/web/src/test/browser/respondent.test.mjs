// The respondent's web app in real Chromium against the real stack (started by BrowserIT in
// deploy/e2e, which passes the URLs and rounds in the environment and checks the published values
// afterwards). Each test's screenshots land in ENKAT_SCREENSHOTS.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answerTheRest, BASE, field, launch, loggedIn, option, screenshot, seriousAxeViolations } from "./browser.mjs";

const ROUND = process.env.ENKAT_ROUND_2025;
const SHORT = process.env.ENKAT_ROUND_SHORT;
const ROUND_TITLE = "Patientsäkerhetsarbete 2025 (webbtest)";
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openRound(page, round) {
  await page.click(`a[href="/rounds/${round}"]`);
  await page.waitForSelector("form");
}

test("a municipality answers with live follow-ups, resumes its draft, checks, fixes and is accepted", async () => {
  const { context, page } = await loggedIn(browser, "resp-0180");
  await page.waitForSelector(`text=${ROUND_TITLE}`);
  assert.match(await page.locator("main").innerText(), /Era enkäter[\s\S]*Stockholm/);
  await screenshot(page, "municipality-rounds-in-swedish");

  await openRound(page, ROUND);
  assert.equal(await field(page, "plan.level").count(), 0, "the follow-up is hidden before the answer that allows it");
  await option(page, "plan.exists", "yes").check();
  await field(page, "plan.level").waitFor();
  assert.equal(await field(page, "plan.psb").count(), 1, "a municipality sees the municipality-only follow-up");
  await option(page, "plan.level", "political").check();
  await screenshot(page, "follow-ups-shown");
  await option(page, "plan.exists", "no").check();
  await field(page, "plan.level").waitFor({ state: "detached" });
  await option(page, "plan.exists", "yes").check();
  await field(page, "plan.level").waitFor();
  assert.equal(await option(page, "plan.level", "political").isChecked(), false, "a hidden answer is cleared");
  await option(page, "plan.level", "highest_official").check();
  await answerTheRest(page, "no", ["patient.views"]);
  await page.click("text=Kommentar >> nth=0");
  const commentSaved = page.waitForResponse(
    (r) => r.url().endsWith("/draft") && r.request().method() === "PUT" && (r.request().postData() ?? "").includes("nämnden") && r.ok(),
  );
  await page.fill('[id="q-plan.exists-comment"]', "Beslutad av nämnden 2024");
  await commentSaved;
  await page.waitForSelector("text=Utkast sparat");
  await screenshot(page, "draft-saved");

  // Leave and come back: the draft is where it was.
  await page.click("text=Tillbaka till era enkäter");
  await page.waitForSelector("text=Utkast sparat");
  await openRound(page, ROUND);
  assert.equal(await option(page, "plan.exists", "yes").isChecked(), true);
  assert.equal(await option(page, "plan.level", "highest_official").isChecked(), true);
  assert.equal(await page.inputValue('[id="q-plan.exists-comment"]'), "Beslutad av nämnden 2024");

  // Check my answers: the server's verdict, the violation at its question, focus on the summary.
  await page.click("text=Kontrollera svaren");
  const summary = page.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /Har vårdgivaren dokumenterade rutiner för hur patienters synpunkter[\s\S]*Frågan måste besvaras/);
  await page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
  assert.match(await page.locator('[id="q-patient.views-error"]').innerText(), /Frågan måste besvaras/);
  await screenshot(page, "check-shows-the-violation-at-its-question");
  assert.deepEqual(await seriousAxeViolations(page), []);

  // The summary's link takes the keyboard to the question; fix it and submit.
  await summary.locator("a").first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "q-patient.views-yes");
  await option(page, "patient.views", "yes").check();
  await page.click("button[type=submit]");
  await page.waitForSelector("text=Godkänt", { timeout: 60_000 });
  assert.match(await page.locator(".revisions").innerText(), /1[\s\S]*Godkänt \(gäller\)/);
  await screenshot(page, "accepted");

  // English on request: the questionnaire's own texts.
  await page.click("text=In English");
  await page.waitForSelector("text=Accepted");
  await page.waitForSelector("text=Does the care provider have a local action plan");
  await screenshot(page, "accepted-in-english");
  await page.click("text=På svenska");
  await context.close();
});

test("a region never sees a municipality-only question, and logs out", async () => {
  const { context, page } = await loggedIn(browser, "resp-03");
  await openRound(page, ROUND);
  await option(page, "plan.exists", "yes").check();
  await field(page, "plan.level").waitFor();
  assert.equal(await field(page, "plan.psb").count(), 0);
  await screenshot(page, "region-without-the-municipality-question");
  // Logging out ends the Keycloak session: the next page is Keycloak's login again.
  await page.click("text=Logga ut");
  await page.waitForSelector("#username");
  await page.goto(BASE + "/");
  await page.waitForSelector("#username");
  await context.close();
});

test("a submit whose answer is lost is retried with the same key and makes one revision", async () => {
  const { context, page } = await loggedIn(browser, "resp-0114");
  await openRound(page, ROUND);
  await answerTheRest(page, "no");
  let dropped = 0;
  await page.route(`**/api/v1/rounds/${ROUND}/submissions/0114`, async (route) => {
    if (route.request().method() === "POST" && dropped === 0) {
      dropped += 1;
      await route.fetch(); // the server stores the revision ...
      await route.abort("connectionreset"); // ... and the answer never reaches the browser
      return;
    }
    await route.continue();
  });
  const keys = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/submissions/0114")) keys.push(r.headers()["idempotency-key"]);
  });
  await page.click("button[type=submit]");
  await page.waitForSelector("text=Godkänt", { timeout: 60_000 });
  assert.equal(dropped, 1);
  assert.ok(keys.length >= 2, `the submit was retried (${keys.length} requests)`);
  assert.equal(new Set(keys).size, 1, "every retry carries the same Idempotency-Key");
  const rows = await page.locator(".revisions tbody tr").count();
  assert.equal(rows, 1, "one revision only");
  await screenshot(page, "dropped-connection-one-revision");
  await context.close();
});

test("a short questionnaire completed with the keyboard only; axe finds nothing serious", async () => {
  const { context, page } = await loggedIn(browser, "resp-23", { keyboard: true });
  const tabTo = async (selector) => {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo(`a[href="/rounds/${SHORT}"]`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("form");
  assert.deepEqual(await seriousAxeViolations(page), []);
  await tabTo('[id="q-routine.exists-yes"]');
  await page.keyboard.press("Space");
  await field(page, "routine.level").waitFor();
  await tabTo('[id="q-routine.level-political"]');
  await page.keyboard.press("ArrowDown"); // radios: arrows move the choice
  await tabTo('[id="q-staff.count"]');
  await page.keyboard.type("-5");
  await page.waitForSelector('[id="q-staff.count-error"]');
  await screenshot(page, "keyboard-constraint-message");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("120");
  await page.waitForSelector('[id="q-staff.count-error"]', { state: "detached" });
  await tabTo('[id="q-review.date"]');
  await page.keyboard.type("2025-03-15");
  await tabTo("button[type=submit]");
  await page.keyboard.press("Enter");
  await page.waitForSelector("text=/Godkänt|Underkänt/", { timeout: 60_000 });
  await screenshot(page, "keyboard-verdict");
  assert.match(await page.locator("[data-testid=submission-status]").innerText(), /Godkänt/);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await context.close();
});

test("the app is served on the API's origin and answers a bookmarked page path", async () => {
  const response = await fetch(BASE + `/rounds/${ROUND}`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<div id="root">/);
});
