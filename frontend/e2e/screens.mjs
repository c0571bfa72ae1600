// Renders the screens against the in-memory mock API (no Keycloak, no backend) and
// saves screenshots to test-results/screens; also walks the main flows as a quick check.
// Needs the dev server: npm run dev -- --host 127.0.0.1 --port 5173 --strictPort
// (auth can be skipped only in a development build: window.ORIENTIR_CONFIG.authDisabled).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { installMockApi, USERS } from './mock-api.mjs';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/+$/, '');
const API = `${BASE_URL}/mockapi/v1`;
const OUT = 'test-results/screens';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
mkdirSync(OUT, { recursive: true });

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
async function open(user, { width = 1280, height = 900, conflictOnce = false, state } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'ru-RU' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => console.log(`  [pageerror] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.log(`  [console] ${m.text()}`));
  await page.route(`${BASE_URL}/config.js`, (r) =>
    r.fulfill({ contentType: 'text/javascript', body: `window.ORIENTIR_CONFIG={authDisabled:true,apiUrl:${JSON.stringify(API)}};` }),
  );
  const st = await installMockApi(page, API, { me: USERS[user], conflictOnce, state });
  return { ctx, page, state: st };
}
const shot = (page, name) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

try {
  const { ctx, page } = await open('kaluga-editor');
  await step('dashboard', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.waitForSelector('[data-testid="status-ege_pass"]');
    await page.waitForTimeout(500);
    await shot(page, '01-dashboard');
  });
  await step('entry: value changes the status', async () => {
    await page.goto(`${BASE_URL}/municipalities/kaluga/entry/2020`);
    const input = page.locator('[data-testid="value-input-second_shift"]');
    await input.fill('4,8');
    await page.locator('[data-testid="value-input-ege_pass"]').fill('101');
    await page.waitForTimeout(200);
    await shot(page, '02-entry-dirty');
    await page.locator('[data-testid="value-input-ege_pass"]').fill('99,2');
    await page.click('[data-testid="save-second_shift"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="save-second_shift"]')?.hasAttribute('disabled'));
    await page.goto(`${BASE_URL}/municipalities/kaluga?year=2020`);
    await page.waitForSelector('[data-testid="status-second_shift"][data-status="met"]');
  });
  await step('indicator page with chart and history', async () => {
    await page.goto(`${BASE_URL}/municipalities/kaluga/indicators/ege_pass`);
    await page.waitForSelector('[data-testid="indicator-chart"] canvas');
    await page.waitForTimeout(800);
    await shot(page, '03-indicator');
    await page.goto(`${BASE_URL}/municipalities/kaluga/indicators/second_shift`);
    await page.getByRole('tab', { name: 'История изменений' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-change"]')].some((e) => e.textContent.includes('→ 4,8')),
    );
    await shot(page, '04-history');
  });
  await step('upload dry run with one bad row', async () => {
    await page.goto(`${BASE_URL}/municipalities/kaluga/upload`);
    await page.setInputFiles('input[type=file]', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('municipality;indicator;year;value\nkaluga;ege_pass;2020;99,1\nkaluga;ege_pass;2020;не число\n'),
    });
    await page.click('[data-testid="dry-run"]');
    const rows = page.locator('[data-testid="import-errors"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    if ((await rows.count()) !== 1) throw new Error('expected one bad row');
    await shot(page, '05-upload');
  });
  await step('targets page', async () => {
    await page.goto(`${BASE_URL}/municipalities/kaluga/targets?indicator=ege_pass`);
    await page.waitForSelector('[data-testid="target-target-2020"]');
    await shot(page, '06-targets');
  });
  await step('period submit dialog', async () => {
    await page.goto(`${BASE_URL}/municipalities/kaluga/entry/2020`);
    await page.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await page.waitForSelector('.ant-modal');
    await page.waitForTimeout(300);
    await shot(page, '07-submit');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.waitForSelector('[data-testid="locked-banner"]');
    await shot(page, '08-locked');
  });
  await step('no access to Tula', async () => {
    await page.goto(`${BASE_URL}/municipalities/tula`);
    await page.waitForSelector('[data-testid="no-access"]');
    await shot(page, '09-no-access');
  });
  await ctx.close();

  const c2 = await open('kaluga-editor', { conflictOnce: true });
  await step('conflict modal on 412', async () => {
    await c2.page.goto(`${BASE_URL}/municipalities/kaluga/entry/2020`);
    await c2.page.locator('[data-testid="value-input-ege_pass"]').fill('97');
    await c2.page.click('[data-testid="save-ege_pass"]');
    await c2.page.waitForSelector('[data-testid="conflict-message"]');
    const txt = await c2.page.textContent('[data-testid="conflict-message"]');
    if (!/их значение 99,5.*ваше 97/.test(txt.replace(/\s/g, ' '))) throw new Error(`unexpected conflict text: ${txt}`);
    await shot(c2.page, '10-conflict');
    await c2.page.click('[data-testid="conflict-overwrite"]');
    await c2.page.waitForSelector('[data-testid="conflict-message"]', { state: 'detached' });
  });
  await c2.ctx.close();

  const c3 = await open('ministry');
  await step('ministry comparison', async () => {
    await c3.page.goto(`${BASE_URL}/compare?indicator=ege_pass&year=2020`);
    await c3.page.waitForSelector('[data-testid="compare-chart"] canvas');
    const n = await c3.page.locator('[data-testid="ranking-table"] tbody tr.ant-table-row').count();
    if (n !== 4) throw new Error(`expected 4 rows, got ${n}`);
    await c3.page.waitForTimeout(800);
    await shot(c3.page, '11-compare');
  });
  await step('approvals queue', async () => {
    c3.state.periods['kemerovo|2024'] = {
      municipality: 'kemerovo',
      year: 2024,
      state: 'submitted',
      history: [{ at: '2025-01-20T09:00:00Z', actor: 'kemerovo-editor', from: 'open', to: 'submitted', comment: 'Данные за 2024 год' }],
      completeness: { missing: [], warnings: [] },
    };
    await c3.page.goto(`${BASE_URL}/approvals`);
    await c3.page.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await c3.page.waitForSelector('.ant-modal');
    await shot(c3.page, '12-approvals');
  });
  await c3.ctx.close();

  const c4 = await open('admin', { width: 768, height: 1024 });
  await step('catalogue at tablet width with the admin drawer', async () => {
    await c4.page.goto(`${BASE_URL}/catalogue`);
    await c4.page.waitForSelector('text=ege_pass');
    await shot(c4.page, '13-catalogue-tablet');
    await c4.page.getByRole('button', { name: 'Изменить показатель ege_pass' }).click();
    await c4.page.waitForSelector('.ant-drawer input, .ant-drawer textarea');
    await c4.page.waitForTimeout(400);
    await shot(c4.page, '14-drawer-tablet');
  });
  await step('dashboard at tablet width', async () => {
    await c4.page.goto(`${BASE_URL}/municipalities/kaluga?year=2020`);
    await c4.page.waitForSelector('[data-testid="status-ege_pass"]');
    await c4.page.waitForTimeout(500);
    await shot(c4.page, '15-dashboard-tablet');
  });
  await c4.ctx.close();
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.every(Boolean) ? 0 : 1);
