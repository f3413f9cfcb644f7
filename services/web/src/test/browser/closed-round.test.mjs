// Run by BrowserIT after it closed the round respondent.test.mjs answered: read-only, with the
// accepted answers.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, loggedIn, screenshot } from "./browser.mjs";

const ROUND = process.env.ENKAT_ROUND_2025;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("a closed round shows the accepted answers and nothing to edit", async () => {
  const { context, page } = await loggedIn(browser, "resp-0180");
  await page.click(`a[href="/rounds/${ROUND}"]`);
  await page.waitForSelector("text=Enkäten är stängd. Här är era godkända svar.");
  assert.equal(await page.locator("input, textarea, button[type=submit]").count(), 0);
  const answers = await page.locator("dl.answers").first().innerText();
  assert.match(answers, /Har vårdgivaren en lokal handlingsplan för ökad patientsäkerhet\?\s*Ja/);
  assert.match(answers, /Kommentar: Beslutad av nämnden 2024/);
  assert.match(await page.locator(".revisions").innerText(), /Godkänt \(gäller\)/);
  await screenshot(page, "closed-round-read-only");
  await context.close();
});
