// End-to-end in headless Debian chromium (Playwright, playwright-core with /usr/bin/chromium):
// the public dashboard's charts, a focal point signing in to review their own country and
// being refused another's, an API token, signing out; a questionnaire downloaded, uploaded,
// queried by the analyst, answered and submitted; a case coded in the workbench; the chapter 5
// figures; the OpenAPI document validated by swagger-parser. Screenshots go to $ARTIFACTS.
// Run by tests/browser/run.sh, which starts a server over the demo database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = process.env.TIPDATA_URL ?? 'http://127.0.0.1:18480';
const OUT = process.env.ARTIFACTS ?? new URL('./artifacts/', import.meta.url).pathname;
const USER = process.env.TIPDATA_E2E_USER ?? 'fp';
const PASSWORD = process.env.TIPDATA_E2E_PASSWORD ?? 'focal point password';
mkdirSync(OUT, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [
    // Root in a container, and no network but loopback: no sandbox, no background connections.
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ] });
});
after(async () => { await browser?.close(); });

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

/** A new browser signed in as `user`, on `path`. */
async function signedIn(user, password, path) {
  const page = await newPage();
  await page.goto(`${BASE}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${BASE}${path}`);
  return page;
}

test('the public dashboard shows four charts, each with its table and a CSV that downloads', async () => {
  const page = await newPage();
  const resp = await page.goto(`${BASE}/`);
  assert.equal(resp.status(), 200);
  const charts = page.locator('svg.chart');
  assert.equal(await charts.count(), 4);
  for (let i = 0; i < 4; i++) {
    const box = await charts.nth(i).boundingBox();
    assert.ok(box && box.width > 600 && box.height > 250, `chart ${i} is drawn at a readable size: ${JSON.stringify(box)}`);
  }
  assert.ok((await page.locator('svg.chart path[stroke]').count()) >= 8, 'lines are drawn');
  assert.ok((await page.locator('svg.chart rect[fill]').count()) >= 4, 'bars are drawn');
  await page.locator('#by-region summary').click();
  assert.ok(await page.locator('#by-region table').isVisible(), 'the table opens');
  assert.match(await page.locator('#by-region table').innerText(), /n=\d+/);
  const href = await page.locator('#by-region a', { hasText: 'Download CSV' }).getAttribute('href');
  const csv = await page.request.get(`${BASE}${href}`);
  assert.equal(csv.status(), 200);
  assert.match(await csv.text(), /^region,year,value,cells,hidden,release,release_date,release_sha256\n/);
  assert.match(await page.locator('#release').innerText(), /Figures from release demo-\d+/);
  await page.screenshot({ path: `${OUT}/dashboard.png`, fullPage: true });
});

test('a country page shows its charts and hides small cells', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/countries`);
  await page.getByRole('link', { name: 'Bolivia (Plurinational State of)' }).click();
  await page.waitForURL(/\/countries\/BOL$/);
  assert.equal(await page.locator('svg.chart').count(), 3);
  await page.screenshot({ path: `${OUT}/country-BOL.png`, fullPage: true });
});

test('a focal point signs in, reviews their own country, is refused another, makes a token and signs out', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/countries/BOL/review`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('User name').fill(USER);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.match(await page.locator('.error').innerText(), /wrong/);
  await page.screenshot({ path: `${OUT}/login-refused.png` });
  await page.getByLabel('User name').fill(USER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/countries\/BOL\/review$/);
  assert.match(await page.locator('h1').innerText(), /Review: Bolivia/);
  assert.ok((await page.locator('table').last().locator('tbody tr').count()) > 10, 'the cells are listed');
  await page.screenshot({ path: `${OUT}/review-BOL.png` });

  const other = await page.goto(`${BASE}/countries/PER/review`);
  assert.equal(other.status(), 403);
  await page.screenshot({ path: `${OUT}/review-PER-refused.png` });
  const api = await page.request.get(`${BASE}/api/countries/PER/cells`);
  assert.equal(api.status(), 403, 'nor through the API with the same session');

  await page.goto(`${BASE}/account`);
  await page.getByLabel('Label').fill('e2e script');
  await page.getByRole('button', { name: 'Create a token' }).click();
  const token = (await page.locator('pre.token').innerText()).trim();
  assert.match(token, /^tdk_[0-9a-f]{64}$/);
  await page.screenshot({ path: `${OUT}/account-token.png` });
  const me = await page.request.get(`${BASE}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal((await me.json()).country, 'BOL');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${BASE}/`);
  assert.ok(await page.getByRole('link', { name: 'Sign in' }).isVisible());
});

test('the OpenAPI document validates against the OpenAPI 3.0 schema', async () => {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const resp = await fetch(`${BASE}/api/openapi.json`);
  assert.equal(resp.status, 200);
  const doc = await resp.json();
  // validate() checks the document against the official schema and resolves every $ref.
  const api = await SwaggerParser.validate(structuredClone(doc));
  assert.equal(api.openapi, '3.0.3');
  assert.ok(Object.keys(api.paths).length >= 9);
});

test('a focal point uploads the questionnaire, answers the analyst\'s query and submits', async () => {
  const fp = await signedIn(USER, PASSWORD, '/countries/BOL/submissions');
  await fp.getByLabel('Year').fill('2021');
  const [download] = await Promise.all([fp.waitForEvent('download'), fp.getByRole('button', { name: 'Download .xlsx' }).click()]);
  assert.match(download.suggestedFilename(), /^tipdata-questionnaire-BOL-2021\.xlsx$/);
  const file = `${OUT}/questionnaire-BOL-2021.xlsx`;
  await download.saveAs(file);
  await fp.screenshot({ path: `${OUT}/submissions-BOL.png`, fullPage: true });
  await fp.getByLabel('Filled questionnaire (.xlsx)').setInputFiles(file);
  await fp.getByRole('button', { name: 'Upload' }).click();
  await fp.waitForURL(/\/countries\/BOL\/submissions\/\d+$/);
  const submission = fp.url();
  assert.match(await fp.locator('h1').innerText(), /Submission \d+: Bolivia .* 2021 draft/);
  const findings = await fp.locator('table').first().locator('tbody tr').count();
  assert.ok(findings > 0, 'the validation findings are listed');
  await fp.screenshot({ path: `${OUT}/submission-uploaded.png`, fullPage: true });

  const an = await signedIn('an', 'analyst password', new URL(submission).pathname);
  await an.getByRole('button', { name: 'Ask the country' }).first().click();
  await an.waitForURL(/\/countries\/BOL\/queries\/\d+$/);
  const query = an.url();

  await fp.goto(query);
  await fp.getByLabel('Your answer').fill('No victims were detected in 2021: the unit was reorganised and did not report.');
  await fp.getByRole('button', { name: 'Send the answer' }).click();
  await fp.waitForURL(query);
  assert.match(await fp.locator('.thread').innerText(), /unit was reorganised/);
  assert.match(await fp.locator('h1').innerText(), /answered/);
  await fp.screenshot({ path: `${OUT}/query-answered.png`, fullPage: true });

  await an.goto(query);
  await an.getByRole('button', { name: 'Resolve: the answer settles it' }).click();
  await an.waitForURL(query);
  assert.match(await an.locator('h1').innerText(), /resolved/);

  await fp.goto(submission);
  await fp.getByRole('button', { name: 'Submit to UNODC' }).click();
  await fp.waitForURL(submission);
  assert.match(await fp.locator('h1').innerText(), /submitted/);
  await fp.screenshot({ path: `${OUT}/submission-submitted.png`, fullPage: true });
  const other = await fp.goto(`${BASE}/countries/PER/submissions`);
  assert.equal(other.status(), 403, 'never another country');
});

test('a coder codes a case with the automatic proposals marked in its summary', async () => {
  const page = await signedIn('cd', 'coder password', '/cases');
  await page.screenshot({ path: `${OUT}/cases.png`, fullPage: true });
  await page.getByRole('link', { name: 'E2E-001' }).click();
  await page.waitForURL(/\/cases\/E2E-001$/);
  assert.ok((await page.locator('.summary mark.ev').count()) >= 3, 'evidence spans are marked');
  assert.equal(await page.locator('#f-internet_used').inputValue(), 'yes', 'the proposal is prefilled');
  await page.screenshot({ path: `${OUT}/case-proposals.png`, fullPage: true });
  await page.locator('#f-victims_total').fill('1');
  await page.getByRole('button', { name: 'Save my coding' }).click();
  await page.waitForURL(/\/cases\/E2E-001\?saved=1$/);
  assert.ok(await page.getByText('Your coding is saved').isVisible());
  assert.equal(await page.locator('#f-victims_total').inputValue(), '1');
  await page.screenshot({ path: `${OUT}/case-saved.png`, fullPage: true });
});

test('the chapter 5 page shows six figures with charts, n and downloads', async () => {
  const page = await newPage();
  const resp = await page.goto(`${BASE}/chapter5`);
  assert.equal(resp.status(), 200);
  assert.equal(await page.locator('section.figure').count(), 6);
  assert.ok((await page.locator('section.figure svg').count()) >= 6, 'each figure has a chart');
  assert.match(await page.locator('section.figure p.n').first().innerText(), /n = 4 cases/);
  const href = await page.locator('section.figure .links a').first().getAttribute('href');
  const csv = await page.request.get(`${BASE}${href}`);
  assert.equal(csv.status(), 200);
  await page.screenshot({ path: `${OUT}/chapter5.png`, fullPage: true });
});
