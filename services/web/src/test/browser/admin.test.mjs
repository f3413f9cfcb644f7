// The administrator's console in real Chromium, through the console only: upload (first a broken
// questionnaire), create a round, define a custom indicator while it is DRAFT, open, watch progress
// move while respondents submit through the API, remind the silent, close, preview, publish.
// Run by AdminConsoleIT (deploy/e2e), which then checks the mail and the published API.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { BASE, launch, loggedIn, screenshot, seriousAxeViolations } from "./browser.mjs";

const SUFFIX = process.env.ENKAT_ADMIN_SUFFIX ?? String(Date.now() % 1e8);
const QUESTIONNAIRE_FILE = process.env.ENKAT_ADMIN_QUESTIONNAIRE;
const PREVIEW_OUT = process.env.ENKAT_ADMIN_PREVIEW ?? "target/admin-preview.json";
const STEPS = (process.env.ENKAT_ADMIN_STEPS ?? "all").split(",");
const QID = `console-${SUFFIX}`;
const ROUND = `r-console-${SUFFIX}`;
const INDICATOR = "routine.decided.politically";

let browser;
let page;

before(async () => {
  browser = await launch();
  ({ page } = await loggedIn(browser, "admin"));
});

after(async () => {
  await browser?.close();
});

const wanted = (step) => STEPS.includes("all") || STEPS.includes(step);

function questionnaire() {
  const q = JSON.parse(readFileSync(QUESTIONNAIRE_FILE, "utf8"));
  q.id = QID;
  return q;
}

async function nav(name) {
  await page.getByRole("navigation", { name: /Administration/ }).getByRole("link", { name }).click();
  await page.waitForSelector("main h1");
}

async function tab(name) {
  await page.getByRole("navigation", { name: "Omgångens sidor" }).getByRole("link", { name }).click();
}

async function noSeriousAxe(what) {
  assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${what}`);
}

test("an administrator lands on the console", async () => {
  await page.waitForURL(/\/admin$/);
  assert.equal(await page.locator("main h1").textContent(), "Enkätomgångar");
  await screenshot(page, "admin-console-landing");
});

test("a broken questionnaire: the violation is shown at its question", async () => {
  await nav("Frågeformulär");
  const broken = questionnaire();
  broken.sections[0].questions[1].relevant = "answers['routine.exists'] == "; // does not compile
  await page.setInputFiles("#questionnaire-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Ladda upp och kontrollera" }).click();
  const group = page.locator('.check-groups > li[data-question="routine.level"]');
  await group.waitFor();
  assert.match(await group.textContent(), /Fråga routine\.level/);
  assert.match(await page.locator(".error-summary h3").textContent(), /Kontrollen hittade fel/);
  await noSeriousAxe("the check's result");
  await screenshot(page, "admin-broken-questionnaire-violation-at-its-question");
});

test("the fixed questionnaire is stored and previewed as a municipality and as a region", async () => {
  await page.setInputFiles("#questionnaire-file", { name: "fixed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(questionnaire())) });
  await page.getByRole("button", { name: "Ladda upp och kontrollera" }).click();
  await page.getByText("Kontrollen gick igenom.").waitFor();
  await page.locator('.preview [data-question="routine.board"]').waitFor();
  assert.match(await page.locator(".preview p[role=status]").textContent(), /5 frågor gäller en kommun/);
  await screenshot(page, "admin-preview-as-municipality");
  await page.getByLabel("Region", { exact: true }).check();
  await page.locator('.preview [data-question="routine.board"]').waitFor({ state: "detached" });
  assert.match(await page.locator(".preview p[role=status]").textContent(), /4 frågor gäller en region/);
  await screenshot(page, "admin-preview-as-region");
});

test("a round is created for four organisations", async () => {
  await nav("Ny omgång");
  await page.fill("#round-id", ROUND);
  await page.fill("#round-title-sv", "Uppföljning (konsoltest)");
  await page.fill("#round-title-en", "Follow-up (console test)");
  await page.selectOption("#round-questionnaire", `${QID}@1`);
  await page.check("#by-codes");
  await page.fill("#population-codes", "0180, 0114, 03, 23");
  await page.fill("#round-opens", "2026-01-15");
  await page.fill("#round-closes", "2027-06-30");
  await screenshot(page, "admin-new-round");
  await page.getByRole("button", { name: "Skapa omgången" }).click();
  await page.waitForURL(new RegExp(`/admin/rounds/${ROUND}$`));
  await page.getByText("Ej öppnad", { exact: true }).first().waitFor();
});

test("a custom indicator is defined while the round is DRAFT, its CEL checked as it is typed", { skip: !wanted("indicator") }, async () => {
  await tab("Indikatorer");
  await page.fill("#indicator-id", INDICATOR);
  await page.fill("#indicator-title-sv", "Rutinen beslutad på politisk nivå");
  await page.fill("#indicator-title-en", "Routine decided at the political level");
  await page.fill("#indicator-numerator", "answers['routine.level'] == 'political' &&");
  await page.locator("#indicator-numerator-check .field-error").getByText(/Kompilerar inte/).waitFor();
  await page.fill("#indicator-numerator", "answers['routine.levels'] == 'political'");
  await page.locator("#indicator-numerator-check .field-error").getByText("Frågan 'routine.levels' finns inte i enkäten.").waitFor();
  await screenshot(page, "admin-indicator-cel-checked-as-typed");
  await page.fill("#indicator-numerator", "answers['routine.level'] == 'political'");
  await page.fill("#indicator-denominator", "'routine.exists' in answers");
  await page.locator("#indicator-numerator-check").getByText("Uttrycket kompilerar.").waitFor();
  await page.locator("#indicator-denominator-check").getByText("Uttrycket kompilerar.").waitFor();
  await page.getByRole("button", { name: "Spara indikatorn" }).click();
  await page.getByText(`Indikatorn är sparad: ${INDICATOR}`).waitFor();
  await page.locator(`#indicator-library tr[data-indicator="${INDICATOR}"]`).waitFor();
  await noSeriousAxe("the indicators page");
});

test("the round is opened", async () => {
  await tab("Översikt");
  await page.getByRole("button", { name: "Öppna omgången" }).click();
  await page.getByText("Omgången är öppen.").waitFor();
  // Upplands Väsby gets a month more.
  await page.fill("#extend-to", "2027-07-31");
  await page.fill("#extend-org", "0114");
  await page.getByRole("button", { name: "Förläng" }).click();
  await page.getByText("Sista svarsdagen är förlängd.").waitFor();
  await page.locator("#extensions tbody tr").getByText("0114").waitFor();
  await screenshot(page, "admin-round-opened-and-extended-for-one");
});

test("progress moves by itself while respondents submit through the API", async () => {
  await tab("Svar och påminnelser");
  const municipalities = page.locator('#progress-per-type tr[data-type="MUNICIPALITY"] td.rate');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent?.startsWith("0 av 2 (0,0 %)"), '#progress-per-type tr[data-type="MUNICIPALITY"] td.rate');
  // Stockholm answers so that it is accepted; Region Uppsala beyond a bound, so it is rejected.
  await submit("resp-0180", "0180", { "routine.exists": "yes", "routine.level": "political", "staff.count": 120 });
  await submit("resp-03", "03", { "routine.exists": "no", "staff.count": 200000 });
  await page.waitForFunction((s) => document.querySelector(s)?.textContent?.startsWith("1 av 2 (50,0"), '#progress-per-type tr[data-type="MUNICIPALITY"] td.rate', { timeout: 30_000 });
  assert.match(await municipalities.textContent(), /^1 av 2 \(50,0 %\)$/);
  if (wanted("organisations")) {
    await page.locator('#progress-per-organisation tr[data-organisation="0180"][data-state="ACCEPTED"]').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('#progress-per-organisation tr[data-organisation="0114"]').textContent(), /31 juli 2027/);
    const region = page.locator('#progress-per-organisation tr[data-organisation="03"][data-state="REJECTED"]');
    await region.waitFor({ timeout: 30_000 });
    await region.locator("summary").click();
    assert.match(await region.locator(".violations").textContent(), /staff\.count/);
    await noSeriousAxe("the progress page");
  }
  await screenshot(page, "admin-progress-moved");
  await page.getByRole("button", { name: "In English" }).click();
  await page.getByRole("heading", { name: "Response rate per organisation type" }).waitFor();
  assert.match(await municipalities.textContent(), /^1 of 2 \(50\.0 %\)$/);
  await page.locator("#per-type-title").scrollIntoViewIfNeeded();
  await screenshot(page, "admin-progress-in-english");
  await page.getByRole("button", { name: "På svenska" }).click();
  await page.getByRole("heading", { name: "Svarsfrekvens per organisationstyp" }).waitFor();
});

test("the silent organisations are reminded", { skip: !wanted("reminders") }, async () => {
  await page.getByRole("button", { name: /Markera alla utan svar \(2\)/ }).click();
  assert.equal(await page.isChecked("#select-0114"), true);
  assert.equal(await page.isChecked("#select-23"), true);
  assert.equal(await page.isChecked("#select-0180"), false);
  await page.getByRole("button", { name: "Skicka påminnelse (2)" }).click();
  await page.getByText("Påminnelse beställd till 2 organisationer", { exact: false }).waitFor();
  // The mails go out through the outbox; the log shows each reminder SENT.
  await page.locator('#reminder-log tr[data-organisation="0114"][data-status="SENT"]').waitFor({ timeout: 30_000 });
  await page.locator('#reminder-log tr[data-organisation="23"][data-status="SENT"]').waitFor({ timeout: 30_000 });
  await page.locator('#progress-per-organisation tr[data-organisation="0114"] td:last-child').getByText("(Demo Admin)").waitFor({ timeout: 30_000 });
  await page.locator("#reminders-title").scrollIntoViewIfNeeded();
  await screenshot(page, "admin-reminders-sent");
});

test("the round is closed", async () => {
  await tab("Översikt");
  await page.getByRole("button", { name: "Stäng omgången …" }).click();
  await page.getByRole("button", { name: "Ja, stäng omgången" }).click();
  await page.getByText("Omgången är stängd.", { exact: true }).waitFor();
});

test("a draft release is previewed and published", { skip: !wanted("release") }, async () => {
  await tab("Utgåvor");
  await page.getByRole("button", { name: "Skapa utkast" }).click();
  await page.locator("#release-preview tbody tr").first().waitFor({ timeout: 70_000 });
  // What the preview shows at the national level, for AdminConsoleIT to compare with the published API.
  const shown = await page.$$eval("#release-preview tbody tr", (rows) =>
    rows.map((r) => ({
      indicator: r.dataset.indicator,
      type: r.dataset.type,
      category: r.dataset.category,
      numerator: Number(r.querySelector("td.numerator").textContent),
      denominator: Number(r.querySelector("td.denominator").textContent),
    })),
  );
  assert.ok(shown.some((v) => v.indicator === INDICATOR || !wanted("indicator")), "the custom indicator is in the preview");
  writeFileSync(PREVIEW_OUT, JSON.stringify(shown, null, 2));
  await noSeriousAxe("the release preview");
  await screenshot(page, "admin-release-preview");
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByText("Version 1 är publicerad.").waitFor();
  await page.locator('#release-list tr[data-version="1"]').getByText("publicerad").waitFor();

  // A second draft is compared with the published version 1: nothing changed; it is discarded.
  await page.getByRole("button", { name: "Skapa utkast" }).click();
  await page.getByText("Jämfört med publicerad version 1.").waitFor({ timeout: 70_000 });
  const changes = await page.$$eval("#release-preview tbody tr td:last-child", (cells) => [...new Set(cells.map((c) => c.textContent))]);
  assert.deepEqual(changes, ["oförändrad"]);
  await screenshot(page, "admin-second-draft-compared-with-the-published");
  await page.getByRole("button", { name: "Kasta utkastet" }).click();
  await page.getByText("Utkastet är kastat.").waitFor();
  await page.locator('#release-list tr[data-version="2"]').getByText("kastad").waitFor();
  await screenshot(page, "admin-release-versions");
});

test("the audit log lists the administrator's actions", { skip: !wanted("audit") }, async () => {
  await tab("Logg");
  await page.locator('#audit-log tr[data-action="round.opened"]').waitFor();
  await page.fill("#audit-action", "submission");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#audit-log tbody tr").length === 2);
  assert.deepEqual(await page.$$eval("#audit-log tbody tr", (rows) => rows.map((r) => r.dataset.action)), ["submission.submitted", "submission.submitted"]);
  await screenshot(page, "admin-audit-log-filtered");
});

// ---- respondents, through the API (not the browser): tokens from Keycloak's password grant ----

let config;
async function token(user) {
  config ??= await (await fetch(`${BASE}/config.json`)).json();
  const response = await fetch(`${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: config.clientId, username: user, password: "demo" }),
  });
  assert.equal(response.status, 200, `token for ${user}`);
  return (await response.json()).access_token;
}

async function submit(user, org, answers) {
  const response = await fetch(`${BASE}/api/v1/rounds/${ROUND}/submissions/${org}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await token(user)}`, "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ answers }),
  });
  assert.equal(response.status, 202, `submit of ${org}: ${await response.text()}`);
}
