// Renders the screens against the in-memory mock API (no Keycloak, no backend) and
// saves screenshots to test-results/screens; also walks the main flows as a quick check.
// Needs the dev server: npm run dev -- --host 127.0.0.1 --port 5173 --strictPort
// (auth can be skipped only in a development build: window.ORIENTIR_CONFIG.authDisabled).
import { mkdirSync, readFileSync } from 'node:fs';
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

  const c5 = await open('kaluga-editor');
  const p5 = c5.page;
  await step('school page: the school against the municipal average', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/schools/kaluga-school-45?year=2020`);
    await p5.waitForSelector('[data-testid="average-vpr_math"]');
    const avg = (await p5.textContent('[data-testid="average-vpr_math"]')).replace(/\s/g, ' ');
    if (!avg.includes('70,3')) throw new Error(`average ${avg}`);
    const diff = p5.locator('[data-testid="difference-vpr_math"]');
    if ((await diff.getAttribute('data-standing')) !== 'worse') throw new Error('63 below 70,3 should be worse');
    if ((await p5.textContent('[data-testid="year-label-vpr_math"]')) !== '2020/21') throw new Error('no school-year label');
    await p5.waitForTimeout(300);
    await shot(p5, '16-school');
  });
  await step('ranking of schools with «met by N of M»', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/rankings/vpr_math?year=2020`);
    await p5.waitForSelector('[data-testid="ranking-chart"] canvas');
    const met = await p5.textContent('[data-testid="ranking-met"]');
    if (!met.includes('достигли 2 из 3 школ')) throw new Error(`met: ${met}`);
    const first = await p5.locator('tbody tr.ant-table-row').first().textContent();
    if (!first.includes('Лицей № 9')) throw new Error(`first: ${first}`);
    await p5.waitForTimeout(600);
    await shot(p5, '17-ranking');
  });
  await step('register editor: 422 at the field, then saved, then deleted', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/groups`);
    await p5.click('[data-testid="group-create"]');
    await p5.fill('[data-testid="group-code"]', 'low-2021');
    await p5.fill('[data-testid="group-name"]', 'Низкие результаты 2021–2022');
    await p5.fill('[data-testid="group-year-from"]', '2021');
    await p5.fill('[data-testid="group-year-to"]', '2020');
    await p5.locator('.ant-transfer-section').first().getByText('МБОУ «СОШ № 1» г. Калуги').click();
    await p5.locator('.ant-transfer-actions button').first().click();
    await p5.click('[data-testid="group-save"]');
    await p5.waitForSelector('.ant-form-item-explain-error:has-text("раньше первого")');
    await shot(p5, '18-group-error');
    await p5.fill('[data-testid="group-year-to"]', '2022');
    await p5.click('[data-testid="group-save"]');
    await p5.waitForSelector('[data-testid="group-row-low-2021"]');
    if (!(await p5.textContent('[data-testid="group-row-low-2021"]')).includes('2021–2022')) throw new Error('years');
    await shot(p5, '19-groups');
    await p5.click('[data-testid="group-create"]');
    await p5.fill('[data-testid="group-code"]', 'shnor-2019');
    await p5.fill('[data-testid="group-name"]', 'Другой');
    await p5.fill('[data-testid="group-year-from"]', '2021');
    await p5.click('[data-testid="group-save"]');
    await p5.waitForSelector('.ant-form-item-explain-error:has-text("уже есть")');
    if (c5.state.groups.find((g) => g.code === 'shnor-2019').name !== 'ШНОР 2019–2020') throw new Error('overwritten');
    await p5.getByRole('button', { name: 'Отмена' }).click();
    await p5.click('[data-testid="group-delete-low-2021"]');
    await p5.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await p5.waitForSelector('[data-testid="group-row-low-2021"]', { state: 'detached' });
  });
  await step('register page: its schools catching up', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/groups/shnor-2019?indicator=vpr_math`);
    await p5.waitForSelector('[data-testid="group-trend"][data-trend="closing"]');
    await p5.waitForSelector('[data-testid="group-chart"] canvas');
    await p5.waitForTimeout(600);
    await shot(p5, '20-group');
  });
  await step('schools grid: a 422 in its cell, the other cell saved', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/entry/2020/schools`);
    await p5.fill('[data-testid="cell-kaluga-school-1-dod_cover"]', '150');
    await p5.fill('[data-testid="cell-kaluga-school-2-vpr_math"]', '83');
    await p5.click('[data-testid="grid-save"]');
    await p5.waitForSelector('[data-testid="cell-error-kaluga-school-1-dod_cover"]:has-text("от 0 до 100")');
    await p5.waitForFunction(() => document.querySelector('[data-testid="grid-save"]')?.textContent?.includes('1'));
    const saved = c5.state.values.find((x) => x.organization === 'kaluga-school-2' && x.indicator === 'vpr_math' && x.year === 2020);
    if (saved.value !== 83) throw new Error(`saved ${saved.value}`);
    await shot(p5, '21-grid');
  });
  await step('risk zone: flagged schools with reasons, movement since last year', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/risk`);
    await p5.waitForURL(/\/risk\/2020$/);
    await p5.waitForSelector('[data-testid="flag-row-vpr4-kaluga-school-45"]');
    const entered = await p5.textContent('[data-testid="entered-vpr4"]');
    if (!entered.includes('СОШ № 1') || entered.includes('СОШ № 45')) throw new Error(`entered: ${entered}`);
    const reason = (await p5.textContent('[data-testid="flag-row-vpr4-kaluga-school-45"]')).replace(/\s/g, ' ');
    if (!reason.includes('Признак в 2 из 3 лет') || !reason.includes('24,5 %')) throw new Error(`reason: ${reason}`);
    await p5.locator('[data-testid="flag-row-vpr4-kaluga-school-1"] .ant-table-row-expand-icon').click();
    await p5.waitForSelector('[data-testid="evidence-vpr4-kaluga-school-1"]');
    await p5.waitForTimeout(300);
    await shot(p5, '23-risk');
  });
  await step('risk zone: the list saved as a register, linked', async () => {
    await p5.click('[data-testid="save-register-vpr4"]');
    await p5.fill('[data-testid="register-code"]', 'shnor-2020');
    await p5.click('[data-testid="register-save"]');
    await p5.waitForSelector('[data-testid="register-link-vpr4"]');
    const g = c5.state.groups.find((x) => x.code === 'shnor-2020');
    if (!g || g.yearFrom !== 2020 || g.yearTo !== 2020 || g.organizations.join() !== 'kaluga-school-1,kaluga-school-45')
      throw new Error(`register ${JSON.stringify(g)}`);
    await p5.click('[data-testid="register-link-vpr4"]');
    await p5.waitForURL(/\/groups\/shnor-2020$/);
  });
  await step('rule editor: 422 at its fields, then a rule of the municipality saved', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/rules`);
    await p5.waitForSelector('[data-testid="rule-row-vpr4"]');
    if (await p5.locator('[data-testid="rule-edit-vpr4"]').count()) throw new Error('a municipal editor may not edit the region rule');
    await p5.click('[data-testid="rule-create"]');
    await p5.fill('[data-testid="rule-code"]', 'kaluga-low');
    await p5.fill('[data-testid="rule-name"]', 'Низкая доля «5» два года подряд');
    await p5.fill('[data-testid="rule-min-years"]', '4');
    await p5.locator('[data-testid="condition-0-indicator"]').click();
    await p5.keyboard.type('vpr_5');
    await p5.keyboard.press('Enter');
    await p5.locator('[data-testid="condition-0-comparator"]').click();
    await p5.locator('.ant-select-item-option[title^="<"]').first().click();
    await p5.fill('[data-testid="condition-0-value"]', '10');
    await p5.click('[data-testid="rule-save"]');
    await p5.waitForSelector('.ant-form-item-explain-error:has-text("больше числа лет")');
    await shot(p5, '24-rule-error');
    await p5.fill('[data-testid="rule-min-years"]', '2');
    await p5.click('[data-testid="rule-save"]');
    await p5.waitForSelector('[data-testid="rule-row-kaluga-low"]');
    const r = c5.state.rules.find((x) => x.code === 'kaluga-low');
    if (r.municipality !== 'kaluga' || r.conditions[0].comparator !== 'lt' || r.conditions[0].value !== 10)
      throw new Error(JSON.stringify(r));
    await shot(p5, '25-rules');
  });
  await step('school page: the school’s risk profile with the reasons', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/schools/kaluga-school-45?year=2020`);
    await p5.waitForSelector('[data-testid="school-flag-vpr4"]');
    const txt = (await p5.textContent('[data-testid="school-evidence-vpr4-reason"]')).replace(/\s/g, ' ');
    if (!txt.includes('2017/18 — «Доля обучающихся, получивших «2» за ВПР» (4 класс) ≥ 20: 24,5 %')) throw new Error(txt);
    await p5.waitForTimeout(300);
    await shot(p5, '26-school-risk');
  });
  await step('rating: ties share the place, missing data shown as missing, CSV', async () => {
    await p5.goto(`${BASE_URL}/municipalities/kaluga/ratings?year=2020`);
    await p5.waitForSelector('[data-testid="rating-row-kaluga-school-45"]');
    const place = await p5.textContent('[data-testid="rating-row-kaluga-school-45"] [data-testid="rating-place"]');
    if (place !== '1–2') throw new Error(`place ${place}`);
    await p5.locator('[data-testid="rating-row-kaluga-school-45"] .ant-table-row-expand-icon').click();
    const part = p5.locator('[data-testid="breakdown-kaluga-school-45"] [data-testid="part-two"]');
    if ((await part.getAttribute('data-missing')) !== 'true' || !(await part.textContent()).includes('нет данных'))
      throw new Error('missing');
    const [dl] = await Promise.all([p5.waitForEvent('download'), p5.click('[data-testid="rating-csv"]')]);
    const csv = readFileSync(await dl.path(), 'utf8');
    if (!csv.startsWith('\ufeffМесто;') || !csv.includes('1–2;kaluga-school-45;МБОУ «СОШ № 45» г. Калуги;5;1;5;0;нет данных'))
      throw new Error(`csv ${csv}`);
    await p5.waitForTimeout(300);
    await shot(p5, '27-rating');
  });
  await c5.ctx.close();

  const c6 = await open('kaluga-school-editor');
  await step('school coordinator lands on the school and saves its own value', async () => {
    await c6.page.goto(`${BASE_URL}/`);
    await c6.page.waitForURL(/\/municipalities\/kaluga\/schools\/kaluga-school-45/);
    await c6.page.waitForSelector('[data-testid="average-vpr_math"]');
    await c6.page.waitForSelector('[data-testid="school-flag-vpr4"]');
    await c6.page.click('[data-testid="school-entry-link"]');
    await c6.page.fill('[data-testid="value-input-vpr_math"]', '64');
    await c6.page.click('[data-testid="save-vpr_math"]');
    await c6.page.waitForFunction(() => document.querySelector('[data-testid="save-vpr_math"]')?.hasAttribute('disabled'));
    const saved = c6.state.values.find((x) => x.organization === 'kaluga-school-45' && x.indicator === 'vpr_math' && x.year === 2020);
    if (saved.value !== 64) throw new Error(`saved ${saved.value}`);
    await shot(c6.page, '22-school-form');
  });
  await c6.ctx.close();
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.every(Boolean) ? 0 : 1);
