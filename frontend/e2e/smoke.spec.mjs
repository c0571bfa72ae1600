// End-to-end smoke test of the SPA against the real stack (Keycloak, backend, SPA).
// Run: BASE_URL=http://localhost:5173 npm run e2e
// Env: BASE_URL (SPA), API_URL (default http://localhost:8080/api/v1),
//      KEYCLOAK_URL (default http://localhost:8180), CHROMIUM (default /usr/bin/chromium),
//      E2E_SCREENSHOTS (folder for failure screenshots, default test-results), E2E_TIMEOUT (ms),
//      E2E_ONLY (regular expression: run only the matching tests).
// Prints "N passed, N failed" and exits non-zero when anything failed.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readZip, setNumber, sharedStrings, sheetRows, writeZip } from './xlsx.mjs';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const API_URL = (process.env.API_URL ?? 'http://localhost:8080/api/v1').replace(/\/+$/, '');
const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results';
const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 30_000);
// E2E_ONLY: a regular expression; only the tests whose name matches run (the log-ins always do)
const ONLY = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
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

const results = [];
const sel = (id) => `[data-testid="${String(id).replace(/"/g, '\\"')}"]`;
const ruNumber = (v, decimals) => new Intl.NumberFormat('ru-RU', { maximumFractionDigits: decimals ?? 2 }).format(v);
const ruInput = (v) => String(v).replace('.', ',');

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function test(name, page, fn) {
  if (ONLY && !ONLY.test(name) && !/logs in/.test(name)) return console.log(`skip ${name}`);
  const started = Date.now();
  // what the API refused during the test, for the log of a failure (CI keeps no screenshots)
  const refused = [];
  const onResponse = (r) => {
    if (r.status() >= 400 && r.url().includes('/api/')) refused.push(`${r.request().method()} ${r.url()} -> ${r.status()}`);
  };
  page?.on('response', onResponse);
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(`FAIL ${name}: ${e?.message ?? e}`);
    if (page) {
      try {
        console.log(`     at ${page.url()}`);
        refused.forEach((r) => console.log(`     refused: ${r}`));
        const text = (await page.locator('body').innerText({ timeout: 2000 })).replace(/\s+/g, ' ').slice(0, 1500);
        console.log(`     page text: ${text}`);
      } catch {
        /* ignore */
      }
      try {
        mkdirSync(SHOTS, { recursive: true });
        const file = join(SHOTS, name.replace(/[^\w-]+/g, '_') + '.png');
        await page.screenshot({ path: file, fullPage: true });
        console.log(`     screenshot: ${file}`);
      } catch {
        /* ignore */
      }
    }
  } finally {
    page?.off('response', onResponse);
  }
}

// ---- direct API access, only to discover suitable data (indicator, year) ----
async function token(username) {
  const res = await fetch(`${KEYCLOAK_URL}/realms/orientir/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'orientir-cli', username, password: username }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

async function api(tok, path, query = {}) {
  const url = new URL(API_URL + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url.pathname}${url.search}: HTTP ${res.status}`);
  return res.json();
}

const isPercent = (u) => ['percent', '%', 'pct'].includes(String(u ?? '').toLowerCase());
const isCount = (u) => ['count', 'persons', 'people'].includes(String(u ?? '').toLowerCase());

/** A value that meets a target and one that misses it, both valid for the indicator. */
function candidates(target, ind) {
  const dec = ind.decimals ?? 2;
  const round = (v) => Math.round(v * 10 ** dec) / 10 ** dec;
  const lo = ind.scaleMin ?? (isPercent(ind.unit) || isCount(ind.unit) ? 0 : -1e12);
  const hi = ind.scaleMax ?? (isPercent(ind.unit) ? 100 : 1e12);
  const step = Math.max(1, Math.abs(target.value) * 0.1);
  let meet;
  let miss;
  switch (target.comparator) {
    case 'ge':
      meet = target.value;
      miss = target.value - step;
      break;
    case 'le':
      meet = target.value;
      miss = target.value + step;
      break;
    case 'eq':
      meet = target.value;
      miss = target.value + step <= hi ? target.value + step : target.value - step;
      break;
    case 'between': {
      const top = target.valueTo ?? target.value;
      meet = (target.value + top) / 2;
      miss = top + step <= hi ? top + step : Math.min(target.value, top) - step;
      break;
    }
    default:
      return null;
  }
  meet = round(meet);
  miss = round(miss);
  const ok = (v) => Number.isFinite(v) && v >= lo && v <= hi;
  return ok(meet) && ok(miss) ? { meet, miss } : null;
}

/** An indicator of Kaluga with a target in a year whose period is still open for editing. */
async function discoverEntry(tok) {
  const targets = (await api(tok, '/targets', { municipality: 'kaluga', kind: 'target', size: 1000 })).items
    .filter((t) => !t.organization)
    .sort((a, b) => b.year - a.year);
  const periods = new Map();
  for (const t of targets) {
    if (!periods.has(t.year)) {
      const p = await api(tok, `/municipalities/kaluga/periods/${t.year}`).catch(() => ({ state: 'open' }));
      periods.set(t.year, p.state);
    }
    if (!['open', 'returned'].includes(periods.get(t.year))) continue;
    const ind = await api(tok, `/indicators/${encodeURIComponent(t.indicator)}`);
    if (ind.level !== 'municipality' || ind.status === 'archived') continue;
    const c = candidates(t, ind);
    if (!c) continue;
    const att = (await api(tok, '/attainment', { municipality: 'kaluga', year: t.year, indicator: t.indicator })).items.find(
      (a) => !a.organization,
    );
    const before = att?.status ?? 'no_data';
    const value = before === 'met' ? c.miss : c.meet;
    const after = before === 'met' ? 'not_met' : 'met';
    return { indicator: ind, year: t.year, before, after, value };
  }
  throw new Error('no Kaluga indicator with a target in an open period found');
}

/** Every item of a list endpoint ({items, page, size, total}), page by page. */
async function all(tok, path, query = {}) {
  const out = [];
  for (let page = 0; ; page++) {
    const body = await api(tok, path, { ...query, page, size: 1000 });
    const items = body.items ?? [];
    out.push(...items);
    if (items.length === 0 || out.length >= (body.total ?? 0)) return out;
  }
}

/**
 * The indicator and year on which most municipalities have an annual value (no organization,
 * period or category: what the ranking compares); ties go to the later year. Reads all values.
 */
async function discoverCompare(tok) {
  const groups = new Map();
  for (const v of await all(tok, '/values')) {
    if (v.organization || v.period || v.category) continue;
    const key = `${v.indicator}\u0000${v.year}`;
    const g = groups.get(key) ?? { indicator: v.indicator, year: v.year, munis: new Set() };
    g.munis.add(v.municipality);
    groups.set(key, g);
  }
  const ranked = [...groups.values()].sort(
    (a, b) => b.munis.size - a.munis.size || b.year - a.year || a.indicator.localeCompare(b.indicator),
  );
  for (const g of ranked.slice(0, 20)) {
    const ind = await api(tok, `/indicators/${encodeURIComponent(g.indicator)}`);
    if (ind.status === 'archived' || ind.level === 'organization') continue;
    return { indicator: g.indicator, year: g.year, count: g.munis.size, municipalities: [...g.munis] };
  }
  return { indicator: undefined, year: new Date().getFullYear() - 1, count: 0, municipalities: [] };
}

/**
 * A Kaluga annual value with a `source` (the demo data's «kaluga.txt, строка N») in an open year,
 * of an active municipality-level indicator, and a new figure that the indicator accepts.
 */
async function discoverSourced(tok, avoid, bad = false) {
  const values = (await all(tok, '/values', { municipality: 'kaluga' }))
    .filter((v) => v.source && !v.organization && !v.period && !v.category && v.indicator !== avoid)
    .sort((a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator));
  const periods = new Map();
  for (const v of values) {
    if (!periods.has(v.year))
      periods.set(v.year, (await api(tok, `/municipalities/kaluga/periods/${v.year}`).catch(() => ({ state: 'open' }))).state);
    if (!['open', 'returned'].includes(periods.get(v.year))) continue;
    const ind = await api(tok, `/indicators/${encodeURIComponent(v.indicator)}`);
    if (ind.level !== 'municipality' || ind.status === 'archived') continue;
    // a figure the server refuses: a percentage over 100, a count that is not whole, yes/no 2
    if (bad) {
      const refused = { percent: 150, count: 2.5, persons: 2.5, places: 2.5, yes_no: 2 }[ind.unit];
      if (refused !== undefined) return { stored: v, indicator: ind, next: refused };
      continue;
    }
    if (ind.unit === 'yes_no') continue;
    const lo = ind.scaleMin ?? 0;
    const hi = ind.scaleMax ?? (isPercent(ind.unit) ? 100 : 1e12);
    const step = isCount(ind.unit) || ind.unit === 'places' || !ind.decimals ? 1 : 10 ** -Math.min(ind.decimals, 2);
    const next = Math.round((v.value + step <= hi ? v.value + step : v.value - step) * 100) / 100;
    if (next < lo || next > hi) continue;
    return { stored: v, indicator: ind, next };
  }
  throw new Error('no Kaluga value with a source in an open period found');
}

/** Dispatches a paste of `text` (as Excel copies cells) into the element (focused, or a grid's selected cell). */
async function paste(page, selector, text) {
  await page.evaluate(
    ({ selector, text }) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { selector, text },
  );
}

// --- #16 entry grid: helpers for the canvas grid (Glide Data Grid) ---
// The grid draws on a canvas; its accessible table has a cell per visible cell with data-testid
// glide-cell-<col>-<row> (column 0 is the row number). The entry page's columns: 1 code, 2 name,
// 3 target, 4 value, 5 unit, 6 qualifier, 7 comment, 8 status, 9 the server's remark.
const ENTRY = { code: 1, value: 4, status: 8, problem: 9 };
const gridCell = (grid, col, row) => `${sel(grid)} [data-testid="glide-cell-${col}-${row}"]`;

/**
 * Scrolls the grid sideways until a cell is drawn: the accessible table holds the visible columns only, and
 * on a laptop screen the status and the server's remark are right of the frozen code and name (a user
 * scrolls right to read them).
 */
async function showCell(page, grid, col, row) {
  for (let tries = 0; tries < 100; tries++) {
    const shown = await page.evaluate(
      ({ grid, col, row }) => {
        const root = document.querySelector(`[data-testid="${grid}"]`);
        if (!root) return false;
        if (root.querySelector(`[data-testid="glide-cell-${col}-${row}"]`)) return true;
        const cols = [...root.querySelectorAll('td[data-testid^="glide-cell-"]')].map((e) => Number(e.dataset.testid.split('-')[2]));
        const scroller = root.querySelector('.dvn-scroller');
        if (scroller && cols.length > 0) scroller.scrollLeft += Math.max(...cols) < col ? 150 : -150;
        return false;
      },
      { grid, col, row },
    );
    if (shown) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`cell ${col}, ${row} of ${grid} is not drawn`);
}

const cellText = async (page, grid, col, row) => {
  await showCell(page, grid, col, row);
  return ((await page.locator(gridCell(grid, col, row)).textContent()) ?? '').trim();
};

/** Waits until a grid cell's text passes `check` (the accessible table is redrawn after each change); answers the text. */
async function waitCell(page, grid, col, row, check, what) {
  const until = Date.now() + TIMEOUT;
  let text;
  while (Date.now() < until) {
    await showCell(page, grid, col, row);
    text = await page.evaluate((s) => (document.querySelector(s)?.textContent ?? '').trim(), gridCell(grid, col, row));
    if (check(text)) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`${what}: cell ${col}, ${row} of ${grid} shows "${text}"`);
}

/** The row of the entry grid whose code column holds `code` (searched first, so that it is drawn). */
async function entryRow(page, code) {
  const search = page.locator('input[aria-label="Поиск по названию или коду"]');
  await search.waitFor();
  await search.fill(code);
  await search.press('Enter');
  // the accessible table is redrawn shortly after each change: read its code cells at once, and take the row
  // once the search has filtered the grid (every code shown holds the searched one), so that it stays where it is
  for (let tries = 0; tries < 100; tries++) {
    const { row, filtered } = await page.evaluate(
      ({ grid, col, code }) => {
        let row = -1;
        let filtered = true;
        for (const td of document.querySelectorAll(`[data-testid="${grid}"] td[data-testid^="glide-cell-${col}-"]`)) {
          const text = (td.textContent ?? '').trim();
          if (text === code) row = Number(td.dataset.testid.split('-').pop());
          else if (text && !text.toLowerCase().includes(code.toLowerCase())) filtered = false;
        }
        return { row, filtered };
      },
      { grid: 'entry-grid', col: ENTRY.code, code },
    );
    // a row whose name (not code) holds the searched text would never look filtered: after 3 s take the row anyway
    if (row >= 0 && (filtered || tries >= 10)) return row;
    await page.waitForTimeout(300);
  }
  throw new Error(`no row ${code} in the entry grid`);
}

/**
 * Selects a grid cell: focuses its cell of the accessible table, then moves with the arrow keys until that
 * cell is the selected one (focusing a cell of Glide's accessible table selects the cell left of it when
 * the grid has row numbers).
 */
async function selectCell(page, grid, col, row) {
  await showCell(page, grid, col, row);
  await page.focus(gridCell(grid, col, row));
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const at = await page.locator(`${sel(grid)} td[aria-selected="true"]`).evaluateAll((es) =>
      es.map((e) =>
        /^glide-cell-(\d+)-(\d+)$/
          .exec(e.dataset.testid ?? '')
          ?.slice(1)
          .map(Number),
      ),
    );
    const [c, r] = at.length === 1 && at[0] ? at[0] : [NaN, NaN];
    if (c === col && r === row) return;
    if (Number.isNaN(c)) continue;
    await page.keyboard.press(c < col ? 'ArrowRight' : c > col ? 'ArrowLeft' : r < row ? 'ArrowDown' : 'ArrowUp');
  }
  const at = await page.locator(`${sel(grid)} td[aria-selected="true"]`).evaluateAll((es) => es.map((e) => e.dataset.testid));
  throw new Error(`could not select cell ${col}, ${row} of ${grid} (selected: ${at.join(', ') || 'none'})`);
}

/** Types `text` into a grid cell as a person does (select it, type, Enter). */
async function typeCell(page, grid, col, row, text) {
  await selectCell(page, grid, col, row);
  await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press('Enter');
}

/** Clicks «Сохранить…» of the entry grid and waits until nothing is left unsaved. */
async function saveGrid(page, button = 'save-all') {
  await page.click(sel(button));
  await page.waitForFunction((s) => document.querySelector(s)?.hasAttribute('disabled'), sel(button), { timeout: TIMEOUT });
}

// ---- browser helpers ----
async function login(page, username) {
  await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#username', { timeout: TIMEOUT });
  await page.fill('#username', username);
  await page.fill('#password', username);
  await Promise.all([page.waitForURL((u) => u.toString().startsWith(BASE_URL), { timeout: TIMEOUT }), page.click('#kc-login')]);
  await page.waitForSelector(sel('user-name'), { timeout: TIMEOUT });
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  let page = null;
  try {
    // ---------------- kaluga-editor ----------------
    const ctx = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx.setDefaultTimeout(TIMEOUT);
    page = await ctx.newPage();
    let entry = null;

    await test('kaluga-editor logs in through Keycloak and sees Kaluga dashboard', page, async () => {
      await login(page, 'kaluga-editor');
      await page.waitForURL(/\/municipalities\/kaluga/, { timeout: TIMEOUT });
      await page.waitForSelector(`${sel('page-title')}`);
      const title = await page.textContent(sel('page-title'));
      assert(/Калуг/i.test(title ?? ''), `dashboard title should name Kaluga, got "${title}"`);
      await page.waitForSelector('[data-testid^="row-"]');
      assert((await page.locator('[data-testid^="row-"]').count()) > 0, 'no indicator rows on the dashboard');
      assert((await page.locator(sel('count-met')).count()) === 1, 'status counters missing');
    });

    await test('kaluga-editor enters a value, the status changes and the history shows it', page, async () => {
      entry = await discoverEntry(await token('kaluga-editor'));
      const { indicator, year, before, after, value } = entry;
      console.log(`     indicator ${indicator.code}, ${year}: ${before} -> ${after} with ${value}`);
      await page.goto(`${BASE_URL}/municipalities/kaluga?year=${year}`);
      const status = page.locator(sel(`status-${indicator.code}`));
      await status.waitFor();
      assert((await status.getAttribute('data-status')) === before, `dashboard status should be ${before}`);

      await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${year}`);
      const row = await entryRow(page, indicator.code);
      await typeCell(page, 'entry-grid', ENTRY.value, row, ruInput(value));
      await saveGrid(page);

      await page.goto(`${BASE_URL}/municipalities/kaluga?year=${year}`);
      await page.waitForSelector(`${sel(`status-${indicator.code}`)}[data-status="${after}"]`, { timeout: TIMEOUT });

      await page.goto(`${BASE_URL}/municipalities/kaluga/indicators/${encodeURIComponent(indicator.code)}`);
      await page.getByRole('tab', { name: 'История изменений' }).click();
      const expected = ruNumber(value, indicator.decimals);
      await page.waitForFunction(
        ({ s, text }) =>
          [...document.querySelectorAll(s)].some((e) =>
            (e.textContent ?? '').replace(/\s/g, ' ').includes(`→ ${text}`.replace(/\s/g, ' ')),
          ),
        { s: sel('audit-change'), text: expected },
        { timeout: TIMEOUT },
      );
    });

    await test('kaluga-editor saves a new figure and the value keeps its source, comment and qualifier', page, async () => {
      const tok = await token('kaluga-editor');
      const { stored, indicator, next } = await discoverSourced(tok, entry?.indicator.code);
      console.log(`     ${indicator.code} ${stored.year}: ${stored.value} -> ${next}, source «${stored.source}»`);
      await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${stored.year}`);
      const row = await entryRow(page, indicator.code);
      await typeCell(page, 'entry-grid', ENTRY.value, row, ruInput(next));
      // an edited row has no status yet: the server gives it after the save
      await waitCell(page, 'entry-grid', ENTRY.status, row, (t) => t === 'не сохранено', 'an edited row is «не сохранено»');
      await saveGrid(page);
      await waitCell(page, 'entry-grid', ENTRY.status, row, (t) => t !== 'не сохранено', 'a saved row is no longer «не сохранено»');

      const after = (await api(tok, '/values', { municipality: 'kaluga', indicator: indicator.code, year: stored.year })).items.find(
        (v) => !v.organization && !v.period && !v.category,
      );
      assert(after && after.value === next, `the stored value should be ${next}, got ${after?.value}`);
      assert(after.version > stored.version, 'the save should have made a new version');
      for (const f of ['source', 'comment', 'qualifier', 'numerator', 'denominator']) {
        assert(after[f] === stored[f], `${f} should stay «${stored[f]}», got «${after[f]}»`);
      }
      const att = (await api(tok, '/attainment', { municipality: 'kaluga', year: stored.year, indicator: indicator.code })).items.find(
        (a) => !a.organization,
      );
      const label = { met: 'Достигнуто', not_met: 'Не достигнуто', no_data: 'Нет данных', no_target: 'Нет цели' }[att?.status] ?? '';
      await waitCell(page, 'entry-grid', ENTRY.status, row, (t) => t === label, `the saved row's status should be «${label}»`);
    });

    await test('a figure the server refuses shows its field error under the cell', page, async () => {
      const { stored, indicator, next } = await discoverSourced(await token('kaluga-editor'), entry?.indicator.code, true);
      console.log(`     ${indicator.code} (${indicator.unit}) ${stored.year}: ${next}`);
      await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${stored.year}`);
      const row = await entryRow(page, indicator.code);
      await typeCell(page, 'entry-grid', ENTRY.value, row, ruInput(next));
      // the server checks the change at once (a dry run of the batch): its message is in the row
      const text = await waitCell(page, 'entry-grid', ENTRY.problem, row, (t) => t.length > 0, "the server's message in the row");
      assert(
        /[А-Яа-яЁё]/.test(text) && /(диапазон|целым|1 \(да\))/.test(text),
        `the server's message should be shown in the row, got "${text}"`,
      );
      assert((await cellText(page, 'entry-grid', ENTRY.status, row)) === 'ошибка', 'a refused figure is marked');
      // a save sends nothing the server refused: it answers with the same message and writes nothing
      await page.click(sel('save-all'));
      await page.waitForSelector('.ant-message-error', { timeout: TIMEOUT });
      // typing the stored figure back leaves nothing unsaved
      await typeCell(page, 'entry-grid', ENTRY.value, row, ruInput(stored.value));
      await page.waitForFunction((s) => document.querySelector(s)?.hasAttribute('disabled'), sel('save-all'), { timeout: TIMEOUT });
    });

    await test('a column pasted from Excel spreads over the cells below, and leaving with it unsaved asks first', page, async () => {
      const year = entry?.year ?? new Date().getFullYear() - 1;
      await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${year}`);
      await page.waitForSelector(gridCell('entry-grid', ENTRY.value, 2), { state: 'attached' });
      await selectCell(page, 'entry-grid', ENTRY.value, 0);
      await paste(page, gridCell('entry-grid', ENTRY.value, 0), '11\r\n6\r\n27\r\n');
      await page.waitForFunction(
        (s) => (document.querySelector(s)?.textContent ?? '').trim() === '27',
        gridCell('entry-grid', ENTRY.value, 2),
      );
      const got = await Promise.all([0, 1, 2].map((r) => cellText(page, 'entry-grid', ENTRY.value, r)));
      assert(got.join('|') === '11|6|27', `the three cells should hold 11, 6, 27, got ${got.join(', ')}`);

      await page.getByRole('link', { name: 'К сводке' }).click();
      await page.waitForSelector(sel('leave-message'));
      await page.click(sel('leave-stay'));
      await page.waitForSelector(sel('leave-message'), { state: 'hidden' });
      assert(page.url().includes('/entry/'), `"stay" should keep the entry page, got ${page.url()}`);
      assert((await cellText(page, 'entry-grid', ENTRY.value, 1)) === '6', 'the edits should still be there after "stay"');

      await page.getByRole('link', { name: 'К сводке' }).click();
      await page.click(sel('leave-go'));
      await page.waitForURL((u) => !u.pathname.includes('/entry/'), { timeout: TIMEOUT });
    });

    // --- #16 entry grid: a block pasted from Excel, saved in one batch ---
    await test('kaluga-editor pastes a 3 × 4 block from Excel into the schools grid and saves it in one batch', page, async () => {
      const admin = await token('admin');
      const tok = await token('kaluga-editor');
      const put = async (t, path, body) => {
        const res = await fetch(API_URL + path, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        assert(res.ok, `PUT ${path}: HTTP ${res.status} ${await res.text()}`);
      };
      // four school-level indicators in roubles (fractions and thousands allowed), first in the grid's column order
      const codes = ['e2e-grid-a', 'e2e-grid-b', 'e2e-grid-c', 'e2e-grid-d'];
      for (const [i, code] of codes.entries())
        await put(admin, `/indicators/${code}`, {
          nameRu: `Проверка вставки из Excel ${i + 1}`,
          unit: 'rubles',
          decimals: 1,
          level: 'organization',
          polarity: 'higher',
          area: 'Проверка',
        });
      const schools = (await api(tok, '/municipalities/kaluga/organizations', { size: 1000 })).items.map((o) => o.code);
      assert(schools.length >= 4, 'Kaluga needs four schools for this test');
      // a year no earlier run wrote these indicators for, so that each pasted figure is a change (a year taken
      // from the clock repeated every 50 s, and a rerun then found its figures stored and counted fewer changes)
      const used = new Set(
        (await api(tok, '/values', { municipality: 'kaluga', indicator: codes[0], size: 1000 })).items.map((v) => v.year),
      );
      const year = Array.from({ length: 60 }, (_, i) => 2040 + i).find((y) => !used.has(y));
      assert(year !== undefined, 'every year 2040–2099 already holds this test’s figures: use a fresh database');
      // a value of each on a fourth school makes them the municipality's own indicators (shown without «все»)
      for (const code of codes)
        await put(tok, '/values', { municipality: 'kaluga', organization: schools[3], indicator: code, year, value: 1 });

      const writes = [];
      const onRequest = (r) => {
        if (r.method() !== 'GET' && r.url().includes('/api/v1/values')) writes.push(`${r.method()} ${r.url().replace(/^.*\/api\/v1/, '')}`);
      };
      page.on('request', onRequest);
      try {
        await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${year}/schools`);
        await page.waitForSelector(`${sel('schools-grid')} [role="grid"]`, { state: 'attached' });
        // the grid's header: the school, then the indicators by code (the row numbers have no header in the
        // accessible table); the grid's own column number is in the ids of the cells below the header
        const headers = await page.locator(`${sel('schools-grid')} [role="columnheader"]`).allTextContents();
        const first = headers.findIndex((h) => h.startsWith('e2e-grid-a'));
        assert(first > 0, `the grid should have a column e2e-grid-a, headers: ${headers.slice(0, 8).join(' | ')}`);
        const id = await page
          .locator(`${sel('schools-grid')} tbody tr[aria-rowindex="2"] td`)
          .nth(first)
          .getAttribute('data-testid');
        const col = Number(/^glide-cell-(\d+)-0$/.exec(id ?? '')?.[1]);
        assert(Number.isInteger(col), `the first row's cell under e2e-grid-a should be glide-cell-<col>-0, got ${id}`);
        // as Excel copies three rows of four cells: tabs, CRLF, Russian numbers, an empty cell
        const block = '12,5\t1 234\t\t7\r\n3\t1\u00a0234,5\t4\t5\r\n0\t2\t6\t8\r\n';
        await selectCell(page, 'schools-grid', col, 0);
        await paste(page, gridCell('schools-grid', col, 0), block);
        await page.waitForFunction((s) => (document.querySelector(s)?.textContent ?? '').includes('(11)'), sel('grid-view'), {
          timeout: TIMEOUT,
        });
        // the accessible table follows the canvas 200 ms later
        await page.waitForFunction(
          (s) => (document.querySelector(s)?.textContent ?? '').trim() === '12,5',
          gridCell('schools-grid', col, 0),
        );
        assert((await cellText(page, 'schools-grid', col + 1, 0)) === '1 234', 'the pasted text is shown as typed');
        assert((await cellText(page, 'schools-grid', col + 2, 0)) === '', 'an empty pasted cell leaves its cell empty');
        await saveGrid(page, 'grid-save');
      } finally {
        page.off('request', onRequest);
      }
      const saves = writes.filter((w) => !w.includes('dryRun=true'));
      assert(saves.length === 1 && saves[0].startsWith('POST /values/batch'), `one batch write expected, got ${saves.join(', ')}`);
      const expected = [
        [12.5, 1234, undefined, 7],
        [3, 1234.5, 4, 5],
        [0, 2, 6, 8],
      ];
      const stored = (await api(tok, '/values', { municipality: 'kaluga', year, size: 1000 })).items;
      for (let r = 0; r < 3; r++)
        for (let c = 0; c < 4; c++) {
          const v = stored.find((x) => x.organization === schools[r] && x.indicator === codes[c] && !x.category && !x.period);
          assert(v?.value === expected[r][c], `${schools[r]} ${codes[c]} should be ${expected[r][c]}, got ${v?.value}`);
        }
    });

    await test('kaluga-editor dry-runs a CSV with one bad row and sees its Russian error', page, async () => {
      const code = entry?.indicator.code ?? (await discoverEntry(await token('kaluga-editor'))).indicator.code;
      const year = entry?.year ?? new Date().getFullYear() - 1;
      const csv = `municipality;indicator;year;value\nkaluga;${code};${year};${ruInput(entry?.value ?? 1)}\nkaluga;${code};${year};не число\n`;
      await page.goto(`${BASE_URL}/municipalities/kaluga/upload`);
      await page.waitForSelector(sel('dry-run'));
      await page.setInputFiles('input[type=file]', { name: 'smoke-bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.click(sel('dry-run'));
      const errors = page.locator(`${sel('import-errors')} tbody tr.ant-table-row`);
      await errors.first().waitFor({ timeout: TIMEOUT });
      const n = await errors.count();
      assert(n === 1, `expected exactly one bad row, got ${n}`);
      const cells = await errors.first().locator('td').allTextContents();
      assert(['2', '3'].includes(cells[0].trim()), `bad row should be data row 2 (line 3), got "${cells[0]}"`);
      const messageText = cells[cells.length - 1] ?? '';
      assert(
        /[А-Яа-яЁё]/.test(messageText) && !/^\s*не число\s*$/.test(messageText),
        `error message should be in Russian, got "${messageText}"`,
      );
      assert(await page.locator(sel('confirm-import')).isDisabled(), 'atomic import with a bad row must not be confirmable');
    });

    await test('kaluga-editor cannot reach a Tula page', page, async () => {
      await page.goto(`${BASE_URL}/municipalities/tula`);
      await page.waitForSelector(sel('no-access'));
      assert((await page.getByText('Нет доступа').count()) > 0, '"Нет доступа" not shown');
      await page.goto(`${BASE_URL}/municipalities/tula/entry/${new Date().getFullYear() - 1}`);
      await page.waitForSelector(sel('no-access'));
      assert((await page.locator(sel('entry-grid')).count()) === 0, 'Tula entry grid must not render');
      await page.goto(`${BASE_URL}/compare`);
      await page.waitForSelector(sel('no-access'));
    });
    await ctx.close();

    // ---------------- a school coordinator ----------------
    const ctx3 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx3.setDefaultTimeout(TIMEOUT);
    page = await ctx3.newPage();
    await test('kaluga-school-editor lands on its school, saves its own figure and cannot open another school', page, async () => {
      await login(page, 'kaluga-school-editor');
      await page.waitForURL(/\/municipalities\/kaluga\/schools\/school-45/, { timeout: TIMEOUT });
      await page.waitForSelector(sel('page-title'));
      const year = new Date().getFullYear();
      const indicator = 'kaluga-123';
      const value = 40 + (Date.now() % 50);
      await page.goto(`${BASE_URL}/municipalities/kaluga/schools/school-45/entry/${year}`);
      await page.waitForSelector(sel('page-title'));
      await page.locator(sel('entry-show-all')).click();
      const row = await entryRow(page, indicator);
      await typeCell(page, 'entry-grid', ENTRY.value, row, ruInput(value));
      await saveGrid(page);
      const tok = await token('kaluga-school-editor');
      const stored = await api(tok, '/values', { municipality: 'kaluga', organization: 'school-45', indicator, year });
      assert(
        stored.items?.length === 1 && Math.abs(stored.items[0].value - value) < 1e-9,
        `the school's value should be stored, got ${JSON.stringify(stored.items)}`,
      );
      assert(stored.items[0].updatedBy === 'kaluga-school-editor', "the value should be the coordinator's");
      await page.goto(`${BASE_URL}/municipalities/kaluga/schools/school-1/entry/${year}`);
      await page.waitForSelector(sel('no-access'));
      assert((await page.locator(sel('entry-grid')).count()) === 0, "another school's form must not render");
    });
    await ctx3.close();

    // ---------------- tula-editor: «Зона риска» and «Рейтинг» ----------------
    const ctx4 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx4.setDefaultTimeout(TIMEOUT);
    page = await ctx4.newPage();
    await test('tula-editor sees the flagged schools with their reasons and the schools ranked with a breakdown', page, async () => {
      await login(page, 'tula-editor');
      const tok = await token('tula-editor');
      const now = new Date().getFullYear();
      // the latest year whose flags the server lists: what the page must show
      let year;
      let flags = [];
      for (let y = now; y > now - 15 && !flags.length; y--) {
        flags = await all(tok, '/flags', { municipality: 'tula', year: y });
        if (flags.length) year = y;
      }
      assert(year, "the demo data should give Tula's risk rules some flagged schools");
      const flag = flags.find((f) => f.organization);
      console.log(`     ${flags.length} flags in ${year}; ${flag.rule} flags ${flag.organization} for ${flag.years.join(', ')}`);
      const requests = [];
      page.on('request', (r) => {
        if (r.url().startsWith(API_URL)) requests.push(new URL(r.url()).pathname);
      });
      await page.goto(`${BASE_URL}/municipalities/tula/risk/${year}`);
      const row = page.locator(sel(`flag-row-${flag.rule}-${flag.organization}`));
      await row.waitFor();
      assert((await row.textContent()).includes(flag.organizationName), `the row should name ${flag.organizationName}`);
      const reason = (await row.locator(sel('flag-reason')).textContent()) ?? '';
      const labels = new Map(flag.evidence.map((y) => [y.year, y.yearLabel ?? String(y.year)]));
      assert(/^Признак в \d+ из \d+/.test(reason), `the reason should say in how many years the rule held, got «${reason}»`);
      for (const y of flag.years) assert(reason.includes(labels.get(y)), `the reason should name ${labels.get(y)}, got «${reason}»`);
      const flagRows = await page.locator('[data-testid^="flag-row-"]').count();
      assert(flagRows === flags.length, `the page should list the server's ${flags.length} flags, shows ${flagRows}`);
      const flagCalls = requests.filter((p) => p.endsWith('/flags')).length;
      assert(flagCalls <= 2, `one request for the year's flags and one for the year before, not per row: ${flagCalls}`);

      const card = (await api(tok, '/scorecards', { municipality: 'tula' })).items.find((c) => c.code === 'tula-head-efficiency');
      assert(card, 'the demo scorecard tula-head-efficiency should apply to Tula');
      let ratings = [];
      let ratingYear;
      for (let y = now; y > now - 15 && !ratings.some((i) => i.rank); y--) {
        ratings = await all(tok, `/scorecards/${card.code}/ratings`, { municipality: 'tula', year: y });
        ratingYear = y;
      }
      const top = ratings.filter((i) => i.rank === 1).sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'ru'))[0];
      assert(top, `the scorecard should rank Tula's schools in some year`);
      console.log(`     ${card.code} ${ratingYear}: ${ratings.length} schools, first ${top.organization} with ${top.score}`);
      requests.length = 0;
      await page.goto(`${BASE_URL}/municipalities/tula/ratings?scorecard=${card.code}&year=${ratingYear}`);
      const first = page.locator(sel(`rating-row-${top.organization}`));
      await first.waitFor();
      const shown = await page.locator('[data-testid^="rating-row-"]').count();
      assert(shown === ratings.length, `the rating should list the server's ${ratings.length} schools, shows ${shown}`);
      const place = ((await first.locator(sel('rating-place')).textContent()) ?? '').trim();
      assert(/^1(–\d+)?$/.test(place), `the first school should be placed 1, got «${place}»`);
      const score = ((await first.locator(sel('rating-score')).textContent()) ?? '').trim();
      assert(score === ruNumber(top.score, 2), `the score should read ${ruNumber(top.score, 2)}, got «${score}»`);
      await first.locator('.ant-table-row-expand-icon').click();
      const parts = page.locator(`${sel(`breakdown-${top.organization}`)} tbody tr.ant-table-row`);
      await parts.first().waitFor();
      assert((await parts.count()) === top.parts.length, `the breakdown should have ${top.parts.length} items, has ${await parts.count()}`);
      const part = top.parts.find((p) => p.value !== undefined && p.value !== null) ?? top.parts[0];
      const partText = (await page.locator(`${sel(`breakdown-${top.organization}`)} ${sel(`part-${part.item}`)}`).textContent()) ?? '';
      assert(partText.includes(part.why), `the item ${part.item} should say why: «${part.why}», got «${partText}»`);
      const ratingCalls = requests.filter((p) => p.endsWith('/ratings')).length;
      assert(ratingCalls === 1, `one request for the whole rating, not per school: ${ratingCalls}`);
    });

    await ctx4.close();

    const ctx4b = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx4b.setDefaultTimeout(TIMEOUT);
    page = await ctx4b.newPage();
    await test('tula-editor sees a derived indicator computed in the entry grid, read-only, with its rule', page, async () => {
      await login(page, 'tula-editor');
      const admin = await token('admin');
      const code = 'e2e-derived-flagged';
      const rule = 'tula-shnor-ege-math-basic';
      const res = await fetch(`${API_URL}/indicators/${code}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          nameRu: 'Проверка: школ с признаком риска',
          unit: 'count',
          decimals: 0,
          polarity: 'lower',
          periodicity: 'school_year',
          derived: { rule, measure: 'flagged_count' },
        }),
      });
      assert(res.ok, `PUT /indicators/${code}: HTTP ${res.status} ${await res.text()}`);
      const tok = await token('tula-editor');
      const facts = (await api(tok, '/values', { municipality: 'tula', indicator: code, size: 100 })).items;
      const fact = facts.filter((v) => v.computed && v.value > 0).pop();
      assert(fact, `the demo data should give ${rule} a flagged school in some year: ${JSON.stringify(facts)}`);
      console.log(`     ${code} ${fact.year}: ${fact.value} computed by ${fact.rule}`);
      await page.goto(`${BASE_URL}/municipalities/tula/entry/${fact.year}`);
      await page.locator(sel('entry-grid')).waitFor();
      await page.click(sel('entry-show-all'));
      const row = await entryRow(page, code);
      await waitCell(page, 'entry-grid', ENTRY.value, row, (t) => t === ruNumber(fact.value, 0), 'the computed figure');
      await waitCell(page, 'entry-grid', ENTRY.status, row, (t) => t.length > 0, 'the computed row’s status');
      // typing into it changes nothing: the cell is not editable and nothing waits to be saved
      await selectCell(page, 'entry-grid', ENTRY.value, row);
      await page.keyboard.type('99', { delay: 20 });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      assert((await cellText(page, 'entry-grid', ENTRY.value, row)) === ruNumber(fact.value, 0), 'a computed figure cannot be typed over');
      assert(await page.locator(sel('save-all')).isDisabled(), 'nothing should wait to be saved');
      const hint = (await page.locator(sel('entry-computed')).textContent()) ?? '';
      assert(hint.includes(rule), `the selected row should say it is computed by «${rule}», got «${hint}»`);
    });
    await ctx4b.close();

    // ---------------- a department's plan (Kemerovo's roadmap, from the demo data) ----------------
    const ctx5 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx5.setDefaultTimeout(TIMEOUT);
    page = await ctx5.newPage();
    await test("kemerovo-editor opens its roadmap and sees an activity's deadline, responsible and effect", page, async () => {
      await login(page, 'kemerovo-editor');
      const tok = await token('kemerovo-editor');
      const activity = await api(tok, '/plans/kemerovo-2022-2025/activities/p7.t3.02');
      const effect = await api(tok, '/plans/kemerovo-2022-2025/activities/p7.t3.02/effect');
      const item = (effect.items ?? []).find((i) => i.indicator === 'kemerovo-81' && !i.organization);
      assert(
        item && item.before !== undefined && item.after !== undefined,
        `the demo activity should have a before and an after: ${JSON.stringify(effect)}`,
      );
      await page.goto(`${BASE_URL}/municipalities/kemerovo/plans/kemerovo-2022-2025`);
      const row = page.locator(sel('activity-row-p7.t3.02'));
      await row.waitFor();
      const rowText = (await row.textContent()) ?? '';
      assert(rowText.includes(activity.dueLabel), `the row should show the deadline «${activity.dueLabel}», got «${rowText}»`);
      assert((await page.locator('[data-testid^="node-"]').count()) > 10, 'the roadmap should show its goals, projects and tasks');
      await row.getByRole('button', { name: activity.title }).click();
      const drawer = page.locator(sel('activity-drawer'));
      await drawer.waitFor();
      const drawerText = (await drawer.textContent()) ?? '';
      assert(drawerText.includes(activity.responsible), `the drawer should name the responsible «${activity.responsible}»`);
      const shown = page.locator(`${sel('activity-drawer')} ${sel('effect')}`);
      await shown.waitFor();
      const effectText = (await shown.textContent()) ?? '';
      for (const v of [item.before, item.after]) {
        assert(effectText.includes(ruNumber(v, 0)), `the effect should show ${v}, got «${effectText.slice(0, 300)}»`);
      }
      console.log(`     p7.t3.02 (${activity.dueLabel}): kemerovo-81 ${item.before} -> ${item.after}, improved ${item.improved}`);
    });
    await ctx5.close();

    // --- annual report (#19) ---
    const ctx6 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    ctx6.setDefaultTimeout(TIMEOUT);
    page = await ctx6.newPage();
    await test('derbent-editor previews the annual report and downloads it as a PDF', page, async () => {
      await login(page, 'derbent-editor');
      const tok = await token('derbent-editor');
      const name = (await api(tok, '/municipalities/derbent')).name;
      await page.goto(`${BASE_URL}/municipalities/derbent/report`);
      const frame = page.frameLocator(sel('report-preview'));
      await frame.locator('h1').waitFor();
      const text = (await frame.locator('body').textContent()) ?? '';
      assert(text.includes(name), `the preview should name «${name}», got «${text.slice(0, 200)}»`);
      assert(text.includes('Сводка по направлениям'), 'the preview should have the summary per area');
      const title = (await page.textContent(sel('page-title'))) ?? '';
      const year = /(\d{4})/.exec(title)?.[1];
      assert(year && text.includes(`${year} год`), `the preview should be of the title's year ${year}`);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(sel('report-pdf'))]);
      assert(file.suggestedFilename() === `ориентир-отчёт-derbent-${year}.pdf`, `the PDF's name: ${file.suggestedFilename()}`);
      const bytes = await readFile(await file.path());
      assert(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the download should be a PDF');
      console.log(`     report of derbent ${year}: ${bytes.length} bytes`);
    });
    await ctx6.close();
    // --- administration in the browser (#16, items 2 and 6) ---
    const ctx16 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx16.setDefaultTimeout(TIMEOUT);
    page = await ctx16.newPage();
    await test('admin creates an indicator, a municipality and a school in the browser and sees them listed', page, async () => {
      await login(page, 'admin');
      const stamp = Date.now().toString(36);
      const option = async (id) => {
        await page.locator(`#${id}`).click();
        const first = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
        await first.waitFor();
        const label = (await first.textContent()) ?? '';
        await first.click();
        return label;
      };
      // an indicator with an area from the managed list, a band, and the server's check shown under its field
      const code = `e2e-ind-${stamp}`;
      await page.goto(`${BASE_URL}/catalogue`);
      await page.locator(sel('indicator-create')).click();
      await page.locator(sel('indicator-form')).waitFor();
      await page.fill('#code', code);
      await page.fill('#nameRu', `Доля школ с проверкой администратора ${stamp}`);
      const area = await option('area');
      const periodicity = (await page.locator(sel('indicator-form')).textContent()) ?? '';
      assert(periodicity.includes('Календарный год'), 'the periodicity should read «Календарный год», not calendar_year');
      assert(!periodicity.includes('calendar_year'), 'the raw calendar_year should not be shown');
      await page.getByRole('button', { name: 'Добавить полосу' }).click();
      await page.fill('#bands_0_from', '0');
      await page.fill('#bands_0_to', '50');
      await page.locator(sel('indicator-save')).click();
      // the API refuses a band without a label: its message stands under the band's label
      const err = page.locator('.ant-form-item-explain-error', { hasText: 'bands[0].label' });
      await err.waitFor();
      await page.fill('#bands_0_label', 'низкий уровень');
      await page.locator(sel('indicator-save')).click();
      await page.getByText('Показатель сохранён').waitFor();
      await page.getByPlaceholder('Поиск по названию или коду').fill(code);
      await page.getByPlaceholder('Поиск по названию или коду').press('Enter');
      await page.locator('tr.ant-table-row', { hasText: code }).waitFor();
      const stored = await api(await token('admin'), `/indicators/${code}`);
      assert(stored.area === area && stored.bands?.[0]?.label === 'низкий уровень', `stored: ${JSON.stringify(stored)}`);
      console.log(`     indicator ${code} in «${area}»`);

      // a municipality, then a school of it
      const muni = `e2e-m-${stamp}`;
      await page.goto(`${BASE_URL}/territory`);
      await page.locator(sel('municipality-create')).click();
      await page.locator(sel('municipality-form')).waitFor();
      await page.fill('#code', muni);
      await page.fill('#name', `Проверочный округ ${stamp}`);
      await option('region');
      await page.locator(sel('municipality-save')).click();
      await page.getByText(`Муниципалитет «Проверочный округ ${stamp}» сохранён`).waitFor();
      await page.getByPlaceholder('Поиск по коду или названию').fill(muni);
      await page.getByPlaceholder('Поиск по коду или названию').press('Enter');
      const row = page.locator(`${sel('municipality-table')} tr.ant-table-row`, { hasText: muni });
      await row.waitFor();
      await row.getByRole('link', { name: `Проверочный округ ${stamp}` }).click();
      await page.waitForURL(new RegExp(`/territory/${muni}$`));
      await page.locator(sel('organization-create')).click();
      await page.locator(sel('organization-form')).waitFor();
      await page.fill('#code', 'school-1');
      await page.fill('#name', `Школа № 1 (${stamp})`);
      await page.locator(sel('organization-save')).click();
      await page.locator(`${sel('organization-table')} tr.ant-table-row`, { hasText: `Школа № 1 (${stamp})` }).waitFor();
      console.log(`     municipality ${muni} with school-1`);

      // the people and their roles, read from Keycloak, with the console a click away
      await page.goto(`${BASE_URL}/admin/users`);
      await page.locator(`${sel('users-table')} tr.ant-table-row`, { hasText: 'kaluga-editor' }).waitFor();
      const users = (await page.textContent(sel('users-table'))) ?? '';
      const kaluga = (await api(await token('admin'), '/municipalities/kaluga')).name;
      assert(users.includes(`Редактор: ${kaluga}`), `kaluga-editor should be shown with the role «Редактор: ${kaluga}»`);
      const href = (await page.getAttribute(sel('keycloak-console'), 'href')) ?? '';
      assert(href.includes('/admin/master/console/#/orientir/users'), `console link: ${href}`);
    });
    await ctx16.close();

    const ctx16p = await browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    ctx16p.setDefaultTimeout(TIMEOUT);
    page = await ctx16p.newPage();
    await test(
      'a viewer on a 390 px phone opens the menu as a drawer, is not offered data entry and the title stays visible',
      page,
      async () => {
        // on a phone the header hides the user's name: the log-in is done when the dashboard's title is there
        await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
        await page.waitForSelector('#username', { timeout: TIMEOUT });
        await page.fill('#username', 'kaluga-viewer');
        await page.fill('#password', 'kaluga-viewer');
        await page.click('#kc-login');
        await page.waitForURL(/\/municipalities\/kaluga/, { timeout: TIMEOUT });
        await page.waitForSelector(sel('page-title'));
        assert((await page.locator('.ant-layout-sider').count()) === 0, 'no side menu on a phone');
        const title = await page.locator(sel('page-title')).boundingBox();
        assert(title && title.x >= 0 && title.x + title.width <= 391, `the title should fit the screen: ${JSON.stringify(title)}`);
        await page.locator(sel('menu-open')).click();
        const menu = page.locator('.orientir-menu-drawer .ant-menu');
        await menu.waitFor();
        const items = (await menu.textContent()) ?? '';
        assert(items.includes('Сводка') && items.includes('История изменений'), `menu: ${items}`);
        assert(!items.includes('Ввод данных') && !items.includes('Загрузка файла'), `a viewer's menu offers entry: ${items}`);
        await page.locator('.orientir-menu-drawer').getByRole('link', { name: 'История изменений' }).click();
        await page.waitForURL(/\/municipalities\/kaluga\/history/);
        await page.locator(sel('history-table')).waitFor();
      },
    );
    await ctx16p.close();
    // --- issue 16 item 4: a dashboard that answers "how are we doing" ---
    const ctx16d = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx16d.setDefaultTimeout(TIMEOUT);
    page = await ctx16d.newPage();
    await test(
      'derbent-editor dashboard: at most 10 API requests on first load, the area chart, a steady title and a submit dialog naming municipality and year',
      page,
      async () => {
        await login(page, 'derbent-editor');
        // every text the title ever shows, from the first paint on (it must never flash another year)
        await page.addInitScript(() => {
          window.__titles = [];
          new MutationObserver(() => {
            const t = document.querySelector('[data-testid="page-title"]')?.textContent;
            if (t && window.__titles[window.__titles.length - 1] !== t) window.__titles.push(t);
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        const requests = [];
        const onRequest = (r) => {
          if (r.url().startsWith(API_URL)) requests.push(`${r.method()} ${r.url().slice(API_URL.length)}`);
        };
        page.on('request', onRequest);
        await page.goto(`${BASE_URL}/municipalities/derbent`, { waitUntil: 'domcontentloaded' });
        await page.waitForSelector(sel('area-chart'));
        await page.waitForSelector('[data-testid^="row-"]');
        await page.waitForSelector('[data-testid^="row-"] svg[role="img"], [data-testid^="row-"] [aria-label^="Динамика"]');
        await page.waitForLoadState('networkidle');
        page.off('request', onRequest);
        console.log(`     dashboard API requests on first load: ${requests.length}`);
        requests.forEach((r) => console.log(`       ${r}`));
        assert(requests.length <= 10, `the dashboard made ${requests.length} API requests on first load (at most 10)`);
        assert(!requests.some((r) => r.includes('/attainment/series')), 'a sparkline asked for its own series');
        assert(requests.filter((r) => r.includes('/attainment/trends')).length === 1, 'the trends should come in one request');

        const chart = page.locator(sel('area-chart'));
        assert(Number(await chart.getAttribute('data-areas')) > 0, 'the area chart has no areas');
        const drawn = await chart.locator('[data-testid="area-bar"] [data-status]').count();
        assert(drawn > 0, 'the area chart is not drawn');

        const year = await page.locator(sel('page-title')).getAttribute('data-year');
        const titles = await page.evaluate(() => window.__titles);
        assert(
          titles.length > 0 && titles.every((t) => t.includes(year) && /Дербент/.test(t)),
          `the title flashed: ${JSON.stringify(titles)}`,
        );
        const reason = await page.locator(sel('year-reason')).getAttribute('data-reason');
        assert(['last_open', 'last_with_data', 'no_data'].includes(reason), `the year should say why it was chosen, got ${reason}`);

        // rows with targets first; the others folded away under one heading
        const hasTarget = await page
          .locator('[data-testid^="row-"]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-has-target')));
        const firstWithout = hasTarget.indexOf('false');
        assert(
          firstWithout === -1 || hasTarget.slice(firstWithout).every((h) => h === 'false'),
          'a row without a target came before one with',
        );

        const submit = page.locator(`${sel('period-banner')} button`, { hasText: 'Отправить на утверждение' });
        if ((await submit.count()) === 0) {
          console.log(`     the period ${year} of Derbent is not open: no submit dialog to check`);
          return;
        }
        await submit.click();
        const dialog = page.locator('.ant-modal-container');
        await dialog.waitFor();
        const title = (await dialog.locator('.ant-modal-title').textContent()) ?? '';
        assert(/Дербент/.test(title) && title.includes(year), `the submit dialog should name Derbent and ${year}, got «${title}»`);
        assert((await dialog.locator(sel('period-dialog-year')).textContent()) === year, 'the dialog names another year');
        await dialog.locator(sel('period-dialog-filled')).waitFor();
        const filled = (await dialog.locator(sel('period-dialog-filled')).textContent()) ?? '';
        assert(/Заполнено \d+ из \d+ показателей/.test(filled), `the dialog should show how much is filled in, got «${filled}»`);
        await dialog.locator(sel('period-dialog-warnings')).waitFor();
        await dialog.getByRole('button', { name: 'Отмена' }).click();
      },
    );
    await ctx16d.close();

    // ---------------- ministry ----------------
    const ctx2 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    ctx2.setDefaultTimeout(TIMEOUT);
    page = await ctx2.newPage();
    await test('ministry compares municipalities on a common indicator and sees the chart', page, async () => {
      await login(page, 'ministry');
      const pick = await discoverCompare(await token('ministry'));
      console.log(
        `     indicator ${pick.indicator}, ${pick.year}: ${pick.count} municipalities with values (${pick.municipalities.join(', ')})`,
      );
      assert(pick.count >= 2, 'live data has no indicator with annual values in two or more municipalities for one year');
      await page.goto(`${BASE_URL}/compare?indicator=${encodeURIComponent(pick.indicator)}&year=${pick.year}`);
      await page.waitForSelector(`${sel('compare-chart')} canvas`, { timeout: TIMEOUT });
      const rows = page.locator(`${sel('ranking-table')} tbody tr.ant-table-row`);
      await rows.first().waitFor();
      // The ranking lists every municipality in scope; those with a fact are ranked and get a bar.
      const n = await rows.count();
      assert(n >= 4, `ranking should list the four municipalities, got ${n}`);
      const text = (await page.textContent(sel('ranking-table'))) ?? '';
      for (const name of ['Калуг', 'Кемеров', 'Дербент', 'Тул']) assert(text.includes(name), `ranking lacks ${name}`);
      const bars = Number(await page.getAttribute(sel('compare-chart'), 'data-bars'));
      assert(bars >= 2, `the chart should show at least two bars, got ${bars}`);
      assert(bars === pick.count, `the chart should show ${pick.count} bars (municipalities with values), got ${bars}`);
    });
    await ctx2.close();

    // --- templates and the catalogue per user (#15, #16) ---
    {
      const OTHER_CITY = /^(tula|kemerovo|derbent)-/;
      const apiSend = async (tok, method, path, body) => {
        const res = await fetch(API_URL + path, {
          method,
          headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok && res.status !== 404) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
        return res.status === 204 ? null : res.json().catch(() => null);
      };
      const storedValue = async (tok, indicator, year) =>
        (await api(tok, '/values', { municipality: 'kaluga', indicator, year, size: 100 })).items.find(
          (v) => !v.organization && !v.period && !v.category,
        );
      const ctx7 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      ctx7.setDefaultTimeout(TIMEOUT);
      page = await ctx7.newPage();
      await login(page, 'kaluga-editor');

      await test(
        'kaluga-editor downloads the 2020 template, fills two cells, uploads it atomically and sees exactly two changes',
        page,
        async () => {
          const tok = await token('kaluga-editor');
          const period = await api(tok, '/municipalities/kaluga/periods/2020');
          assert(['open', 'returned'].includes(period.state), `Kaluga's 2020 must be open for the test, it is ${period.state}`);
          await page.goto(`${BASE_URL}/municipalities/kaluga/upload?year=2020`);
          await page.waitForSelector(sel('download-template'));
          const [download] = await Promise.all([page.waitForEvent('download'), page.click(sel('download-template'))]);
          assert(/kaluga-2020\.xlsx$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
          const chunks = [];
          for await (const c of await download.createReadStream()) chunks.push(c);
          const zip = readZip(Buffer.concat(chunks));
          const sheetXml = zip.get('xl/worksheets/sheet1.xml').toString('utf8');
          const rows = sheetRows(sheetXml, sharedStrings(zip));
          const header = rows.get(1);
          const col = (h) => header.indexOf(h);
          for (const h of ['Код показателя', 'Наименование показателя', 'Единица измерения', 'Значение', 'orientir_key'])
            assert(col(h) >= 0, `template header lacks «${h}»: ${header.join(' | ')}`);
          const lines = [...rows.entries()].filter(([n]) => n > 1).map(([n, cells]) => ({ n, cells, code: cells[col('Код показателя')] }));
          const codes = lines.map((l) => l.code);
          assert(lines.length > 10, `the template should list Kaluga's indicators, got ${lines.length} rows`);
          const foreign = codes.filter((c) => OTHER_CITY.test(c));
          assert(foreign.length === 0, `the template holds other municipalities' indicators: ${foreign.slice(0, 5).join(', ')}`);
          assert(
            codes.some((c) => /^kaluga-/.test(c)),
            'the template lacks Kaluga’s own indicators',
          );
          assert(
            lines.every((l) => l.cells[col('orientir_key')]?.startsWith('values|kaluga|')),
            'every row carries its hidden key for Kaluga',
          );
          // one empty cell and one changed value, of percent indicators without a scale (any value 0–100 is valid)
          const catalogue = new Map((await api(tok, '/indicators', { municipality: 'kaluga', size: 1000 })).items.map((i) => [i.code, i]));
          const plain = (l) => {
            const i = catalogue.get(l.code);
            return i && i.unit === 'percent' && i.scaleMin == null && i.scaleMax == null && !i.derived && !l.cells[col('Код организации')];
          };
          const value = (l) => l.cells[col('Значение')];
          const empty = lines.find((l) => plain(l) && (value(l) === null || value(l) === undefined || value(l) === ''));
          const filled = lines.find(
            (l) => plain(l) && value(l) !== null && value(l) !== undefined && value(l) !== '' && Number(value(l)) < 99,
          );
          assert(empty && filled, 'the template has no empty and no filled percent row to try');
          const before = await storedValue(tok, filled.code, 2020);
          const newFilled = Math.round((Number(value(filled)) + 1) * 10) / 10;
          const newEmpty = 42;
          console.log(`     ${lines.length} rows; ${empty.code}: empty -> ${newEmpty}; ${filled.code}: ${value(filled)} -> ${newFilled}`);
          let xml = setNumber(sheetXml, empty.n, col('Значение'), newEmpty);
          xml = setNumber(xml, filled.n, col('Значение'), newFilled);
          zip.set('xl/worksheets/sheet1.xml', Buffer.from(xml, 'utf8'));
          const file = writeZip(zip);

          try {
            await page.setInputFiles('input[type=file]', {
              name: 'kaluga-2020-filled.xlsx',
              mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              buffer: file,
            });
            assert(await page.locator('input[type=radio][value="atomic"]').isChecked(), 'the default mode should be atomic');
            await page.click(sel('dry-run'));
            await page.waitForSelector(`${sel('dry-run-report')} .ant-descriptions`, { timeout: TIMEOUT });
            const dryText = (await page.textContent(sel('dry-run-report'))) ?? '';
            assert(!/Ошибочных|ошибочн/.test(dryText), `the dry run found errors: ${dryText.slice(0, 600)}`);
            const [posted] = await Promise.all([
              page.waitForResponse((r) => r.url().includes('/imports?') && r.request().method() === 'POST'),
              page.click(sel('confirm-import')),
            ]);
            const jobId = (await posted.json()).id;
            await page.waitForSelector(sel('change-counts'), { timeout: TIMEOUT * 2 });
            const counts = (await page.textContent(sel('change-counts'))) ?? '';
            assert(/Изменено: 2,/.test(counts), `the report should say «Изменено: 2», got «${counts}»`);
            let job = await api(tok, `/imports/${jobId}`);
            for (let i = 0; i < 30 && !['succeeded', 'failed', 'rejected'].includes(job.status); i++) {
              await page.waitForTimeout(500);
              job = await api(tok, `/imports/${jobId}`);
            }
            assert(job.status === 'succeeded', `job ${jobId} ${job.status}: ${job.message}`);
            assert(job.template === true, 'the job should know the file was a template');
            assert(job.rowsChanged === 2, `rowsChanged should be 2, got ${job.rowsChanged} (${job.message})`);
            assert(
              job.rowsUnchanged === lines.filter((l) => value(l) != null && value(l) !== '').length - 1,
              `rowsUnchanged ${job.rowsUnchanged}`,
            );
            const pageText = (await page.textContent('body')) ?? '';
            assert(/Загрузка завершена/.test(pageText), 'the result should say «Загрузка завершена»');
            const a = await storedValue(tok, empty.code, 2020);
            const b = await storedValue(tok, filled.code, 2020);
            assert(a && Number(a.value) === newEmpty, `${empty.code} 2020 should be stored as ${newEmpty}, got ${a?.value}`);
            assert(b && Number(b.value) === newFilled, `${filled.code} 2020 should be stored as ${newFilled}, got ${b?.value}`);
          } finally {
            // put the demo data back as it was, so that the test can run again on the same stack
            const a = await storedValue(tok, empty.code, 2020).catch(() => null);
            if (a?.id !== undefined && Number(a.value) === newEmpty) await apiSend(tok, 'DELETE', `/values/${a.id}`);
            if (before)
              await apiSend(tok, 'PUT', '/values', {
                municipality: 'kaluga',
                indicator: filled.code,
                year: 2020,
                value: before.value,
                qualifier: before.qualifier,
                comment: before.comment,
                source: before.source,
              });
          }
        },
      );

      await test('kaluga-editor’s catalogue holds no Tula indicator, marks the common ones and shows all on request', page, async () => {
        const [listed] = await Promise.all([
          page.waitForResponse((r) => /\/indicators\?/.test(r.url()) && !/scope=all/.test(r.url()) && r.request().method() === 'GET'),
          page.goto(`${BASE_URL}/catalogue`),
        ]);
        const mine = (await listed.json()).items;
        assert(mine.length > 10, `Kaluga's catalogue should list its indicators, got ${mine.length}`);
        const foreign = mine.filter((i) => OTHER_CITY.test(i.code)).map((i) => i.code);
        assert(foreign.length === 0, `Kaluga's catalogue holds other cities' indicators: ${foreign.slice(0, 5).join(', ')}`);
        assert(
          mine.some((i) => i.shared),
          'no common indicator in Kaluga’s catalogue',
        );
        await page.waitForSelector(`${sel('catalogue-table')} tbody tr.ant-table-row`);
        await page.getByPlaceholder('Поиск по названию или коду').fill('tula-');
        await page.getByPlaceholder('Поиск по названию или коду').press('Enter');
        await page.waitForSelector(`${sel('catalogue-table')} .ant-empty`, { timeout: TIMEOUT });
        await page.getByPlaceholder('Поиск по названию или коду').fill('common-');
        await page.getByPlaceholder('Поиск по названию или коду').press('Enter');
        await page.waitForSelector(`${sel('catalogue-table')} ${sel('shared-tag')}`, { timeout: TIMEOUT });
        await page.getByPlaceholder('Поиск по названию или коду').fill('tula-');
        await page.getByPlaceholder('Поиск по названию или коду').press('Enter');
        await page.locator(sel('catalogue-scope')).getByText('Весь каталог').click();
        await page.waitForFunction(
          (s) => [...document.querySelectorAll(`${s} tbody tr.ant-table-row`)].some((tr) => /tula-/.test(tr.textContent ?? '')),
          sel('catalogue-table'),
          { timeout: TIMEOUT },
        );
      });

      await test('kaluga-editor’s targets page opens on Kaluga’s own catalogue, not another city’s indicator', page, async () => {
        await page.goto(`${BASE_URL}/municipalities/kaluga/targets`);
        const chosen = page.locator('.ant-select:has(#targets-indicator)');
        await page.waitForFunction(
          () => / — /.test(document.querySelector('.ant-select:has(#targets-indicator)')?.textContent ?? ''),
          null,
          {
            timeout: TIMEOUT,
          },
        );
        const text = (await chosen.first().textContent()) ?? '';
        const code = text.split(' — ')[0].trim();
        assert(code && !OTHER_CITY.test(code), `the targets page opened on «${text}»`);
        const tok = await token('kaluga-editor');
        const kept = await api(tok, `/indicators/${encodeURIComponent(code)}`);
        assert((kept.municipalityCount ?? 0) > 0, `the targets page opened on ${code}, which nobody keeps`);
      });
      await ctx7.close();

      const ctx8 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
      ctx8.setDefaultTimeout(TIMEOUT);
      page = await ctx8.newPage();
      await test('ministry’s comparison opens on a common indicator with data for its year', page, async () => {
        await login(page, 'ministry');
        await page.goto(`${BASE_URL}/compare`);
        await page.waitForSelector(`${sel('compare-chart')} canvas`, { timeout: TIMEOUT });
        const bars = Number(await page.getAttribute(sel('compare-chart'), 'data-bars'));
        assert(bars >= 2, `the comparison should open with at least two municipalities' facts, got ${bars}`);
        const chosen = page.locator('.ant-select:has(#compare-indicator)');
        const code = ((await chosen.first().textContent()) ?? '').split(' — ')[0].trim();
        const ind = await api(await token('ministry'), `/indicators/${encodeURIComponent(code)}`);
        assert(ind.shared === true, `the comparison opened on ${code}, which is not a common indicator`);
        await chosen.first().click();
        const group = page.locator('.ant-select-item-group').first();
        await group.waitFor();
        assert(/Общие показатели/.test((await group.textContent()) ?? ''), 'the common indicators should be offered first');
        await page.keyboard.press('Escape');
      });
      await ctx8.close();
    }

    // --- notifications ---
    {
      const ctxN = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
      ctxN.setDefaultTimeout(TIMEOUT);
      page = await ctxN.newPage();
      await test('kaluga-editor sees the bell with its unread count and opens the notifications page', page, async () => {
        await login(page, 'kaluga-editor');
        const tok = await token('kaluga-editor');
        const list = await api(tok, '/notifications?size=1');
        await page.waitForSelector(sel('notification-bell'));
        const badge = ((await page.textContent(sel('notification-count'))) ?? '').replace(/\s/g, '');
        const expected = list.unread > 99 ? '99+' : list.unread > 0 ? String(list.unread) : '';
        assert(badge.includes(expected), `the bell should show ${expected || 'no count'}, shows «${badge}»`);
        await page.click(sel('notification-bell'));
        await page.click(sel('bell-all'));
        await page.waitForSelector(sel('notifications-list'));
        assert(/Уведомления/.test((await page.textContent(sel('page-title'))) ?? ''), 'the notifications page should open');
        await page.goto(`${BASE_URL}/notifications/preferences`);
        await page.waitForSelector(`${sel('preferences')} .ant-switch`);
      });
      await ctxN.close();
    }

    // --- public portal ---
    {
      // the ministry publishes Derbent's earliest year with values (approving it first if it is not), then a fresh
      // browser context without any login opens the public page and finds an indicator's fact
      const send = async (tok, path, body) => {
        const res = await fetch(API_URL + path, {
          method: 'POST',
          headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(body ?? {}),
        });
        if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
        return res.json();
      };
      const ctxP = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
      ctxP.setDefaultTimeout(TIMEOUT);
      page = await ctxP.newPage();
      await test('public portal: a year the ministry published is shown without a login', page, async () => {
        const ministry = await token('ministry');
        const years = await api(ministry, '/attainment/years', { municipality: 'derbent' });
        const year = Math.min(...(years.years ?? []).filter((y) => (y.values ?? 0) > 0).map((y) => y.year));
        assert(Number.isFinite(year), 'Derbent has no year with values');
        const period = `/municipalities/derbent/periods/${year}`;
        let state = (await api(ministry, period)).state;
        if (state === 'open' || state === 'returned') {
          await send(await token('derbent-editor'), `${period}/submit`, { comment: 'e2e: публичный портал' });
          state = 'submitted';
        }
        if (state === 'submitted') await send(ministry, `${period}/approve`, { comment: 'e2e: публичный портал' });
        const published = await send(ministry, `${period}/publish`);
        assert(published.published === true, `the publish answered ${JSON.stringify(published).slice(0, 300)}`);
        // what the public API shows, read without a token
        const res = await fetch(`${API_URL}/public/municipalities/derbent/attainment?year=${year}`);
        assert(res.ok, `the public API answered ${res.status}`);
        const row = (await res.json()).items.find((r) => r.fact !== undefined && r.fact !== null);
        assert(row, `no published indicator of ${year} has a fact`);

        await page.goto(`${BASE_URL}/public/derbent/${year}`);
        await page
          .locator(sel(`public-fact-${row.indicator}`))
          .first()
          .waitFor();
        assert(page.url().startsWith(`${BASE_URL}/public/`), `the public page went to ${page.url()} (a login redirect?)`);
        assert(!page.url().startsWith(KEYCLOAK_URL), 'the public page redirected to Keycloak');
        const fact =
          (await page
            .locator(sel(`public-fact-${row.indicator}`))
            .first()
            .textContent()) ?? '';
        assert(
          fact.replace(/\s/g, '').includes(ruNumber(row.fact, row.decimals).replace(/\s/g, '')),
          `${row.indicator}: the page shows «${fact}», the API ${row.fact}`,
        );
        const title = (await page.textContent(sel('page-title'))) ?? '';
        assert(title.includes(String(year)), `the title should name ${year}: «${title}»`);
        await page.locator(sel('public-area-chart')).waitFor();
        console.log(`     /public/derbent/${year}: ${row.indicator} = ${fact}`);
      });
      await ctxP.close();
    }

    // --- calendar ---
    {
      const ctx9 = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
      ctx9.setDefaultTimeout(TIMEOUT);
      page = await ctx9.newPage();
      await test('tula-editor opens «Сроки» and sees a late item of Tula with its days overdue', page, async () => {
        await login(page, 'tula-editor');
        const tok = await token('tula-editor');
        // what the server says is late today for Tula (the demo data gives its monthly registers deadlines)
        const board = await api(tok, '/due', { municipality: 'tula', status: 'late', size: 1 });
        assert(board.total > 0, 'the demo data should give Tula late items on the due board');
        const first = board.items[0];
        console.log(`     ${board.total} late; first ${first.indicator} ${first.periodLabel}, ${first.daysOverdue} days`);
        await page.locator('.ant-menu-item', { hasText: 'Сроки' }).first().click();
        await page.waitForURL((u) => u.pathname === '/municipalities/tula/due');
        await page.locator(sel('due-late')).first().waitFor();
        const rows = page.locator(`${sel('due-items')} tbody tr.ant-table-row`);
        const row = (await rows.first().textContent()) ?? '';
        assert(row.includes(first.indicatorName), `the first row should be the most overdue, ${first.indicatorName}: «${row}»`);
        assert(row.includes(first.periodLabel), `the first row should name the period ${first.periodLabel}: «${row}»`);
        assert(new RegExp(`просрочено на ${first.daysOverdue} д`).test(row), `the row should say ${first.daysOverdue} days late: «${row}»`);
        const counts = (await page.locator(sel('due-counts')).textContent()) ?? '';
        assert(counts.includes(String(board.counts.late)), `the counts should show ${board.counts.late} late: «${counts}»`);
      });
      await ctx9.close();
    }
  } finally {
    await browser.close();
  }
}

main()
  .catch((e) => {
    results.push({ name: 'setup', ok: false, error: e });
    console.log(`FAIL setup: ${e?.message ?? e}`);
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  });
