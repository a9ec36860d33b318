// End-to-end in headless Debian chromium (Playwright, playwright-core with /usr/bin/chromium):
// the public dashboard's charts, a focal point signing in to review their own country and
// being refused another's, an API token, signing out; the OpenAPI document validated by
// swagger-parser. Screenshots go to $ARTIFACTS.
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
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
  assert.match(await csv.text(), /^region,year,value,suppressed,low,high,cells,withheld\n/);
  await page.screenshot({ path: `${OUT}/dashboard.png`, fullPage: true });
});

test('a country page shows its charts and withholds small totals', async () => {
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
