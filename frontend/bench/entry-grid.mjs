// Browser benchmark of the entry grid and the dashboard's first load (a measurement, not a test).
//   BASE_URL=http://localhost:5173 API_URL=http://localhost:8080/api/v1 KEYCLOAK_URL=http://localhost:8180 \
//   CHROMIUM=/usr/bin/chromium node bench/entry-grid.mjs
// 1. The dashboard of Kaluga loaded afresh by a demo editor: requests to /api/v1 until the network is idle.
// 2. The entry grid of Kaluga with «Все показатели каталога» and at least BENCH_ROWS rows (1,000 by default;
//    when the catalogue has fewer, the admin adds indicators «bench-NNNN» through the API first): the time
//    from a keystroke (the event's time stamp) to the next frame (a task queued from requestAnimationFrame,
//    i.e. after that frame was produced), for typing into cells and for committing them with Enter.
// Writes its figures to bench/entry-grid-results.md (or BENCH_RESULTS) and prints them.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const API_URL = (process.env.API_URL ?? 'http://localhost:8080/api/v1').replace(/\/+$/, '');
const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const CELLS = Number(process.env.BENCH_CELLS ?? 15);
const RESULTS = process.env.BENCH_RESULTS ?? new URL('./entry-grid-results.md', import.meta.url).pathname;
const USER = 'kaluga-editor';
const TIMEOUT = 120_000;
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

async function token(username) {
  const res = await fetch(`${KEYCLOAK_URL}/realms/orientir/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'orientir-cli', username, password: username }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

async function api(tok, method, path, body) {
  const res = await fetch(API_URL + path, {
    method,
    headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** Adds throwaway indicators «bench-NNNN» of the municipality level (as the admin) until `missing` more exist. */
async function addBenchIndicators(missing) {
  const admin = await token('admin');
  const have =
    (await api(admin, 'GET', '/indicators?status=active&size=1000&q=bench-')).items?.filter((i) => i.code?.startsWith('bench-')) ?? [];
  for (let n = have.length + 1; n <= have.length + missing; n++) {
    const code = `bench-${String(n).padStart(4, '0')}`;
    await api(admin, 'PUT', `/indicators/${code}`, {
      nameRu: `Бенчмарк: показатель ${n}`,
      unit: 'count',
      area: 'Бенчмарк',
      level: 'municipality',
      polarity: 'higher',
      decimals: 0,
    });
  }
}

/** The latest year of Kaluga open for entry (a locked year makes the grid read-only: nothing to type). */
async function openYear(tok) {
  const now = new Date().getFullYear();
  for (let y = now - 1; y >= now - 8; y--) {
    const p = await api(tok, 'GET', `/municipalities/kaluga/periods/${y}`).catch(() => ({ state: 'open' }));
    if (['open', 'returned'].includes(p.state)) return y;
  }
  return now;
}

async function login(page, username) {
  await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#username', { timeout: TIMEOUT });
  await page.fill('#username', username);
  await page.fill('#password', username);
  await Promise.all([page.waitForURL((u) => u.toString().startsWith(BASE_URL), { timeout: TIMEOUT }), page.click('#kc-login')]);
  await page.waitForSelector('[data-testid="user-name"]', { timeout: TIMEOUT });
}

/** Requests to /api/v1 while the page loads, until none has been made or answered for `quiet` ms. */
async function countApiRequests(page, url, quiet = 2000) {
  const seen = [];
  let last = Date.now();
  const onRequest = (r) => {
    if (r.url().startsWith(API_URL) || r.url().includes('/api/v1/')) {
      seen.push(r.url().replace(/^https?:\/\/[^/]+/, ''));
      last = Date.now();
    }
  };
  const onDone = () => (last = Date.now());
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  await page.goto(url, { waitUntil: 'load' });
  while (Date.now() - last < quiet) await page.waitForTimeout(200);
  page.off('request', onRequest);
  page.off('requestfinished', onDone);
  return seen;
}

/**
 * The SPA's JavaScript a newcomer downloads for the first screen: a fresh browser (empty cache) logs in and
 * waits for the dashboard; every script of the SPA's origin counted once, as sent over the wire (compressed).
 */
async function firstScreenScripts(browser) {
  const ctx = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });
  ctx.setDefaultTimeout(TIMEOUT);
  const page = await ctx.newPage();
  const scripts = new Map();
  page.on('requestfinished', async (r) => {
    if (r.resourceType() !== 'script' || !r.url().startsWith(BASE_URL) || scripts.has(r.url())) return;
    const res = await r.response();
    const sizes = await r.sizes();
    scripts.set(r.url(), { bytes: sizes.responseBodySize, encoding: res?.headers()['content-encoding'] ?? 'none' });
  });
  await login(page, USER);
  await page.waitForSelector('[data-testid^="status-"]', { timeout: TIMEOUT });
  await page.waitForTimeout(1000);
  await ctx.close();
  const list = [...scripts.values()];
  return {
    files: list.length,
    bytes: list.reduce((a, x) => a + x.bytes, 0),
    encodings: [...new Set(list.map((x) => x.encoding))].join(', '),
  };
}

const kb = (b) => `${Math.round(b / 1024)} KB`;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const ms = (v) => `${v.toFixed(1)} ms`;

async function main() {
  const index = await (await fetch(BASE_URL + '/')).text();
  const build = index.includes('/@vite/client') ? 'the Vite development server' : 'the production build';
  const topUp = { before: { indicators: 0 }, added: 0 };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const js = await firstScreenScripts(browser);
    const ctx = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });
    ctx.setDefaultTimeout(TIMEOUT);
    const page = await ctx.newPage();
    await login(page, USER);

    // ---- 1. the dashboard's first load
    const dashboard = await countApiRequests(page, `${BASE_URL}/municipalities/kaluga`);

    // ---- 2. the entry grid with the whole catalogue
    const year = await openYear(await token(USER));
    // the grid draws on a canvas; its accessible table (a cell per visible cell) follows 200 ms after the last change
    const table = '[data-testid="entry-grid"] [role="grid"]';
    const openAll = async () => {
      await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${year}`);
      await page.waitForSelector('[data-testid="entry-show-all"]');
      await page.click('[data-testid="entry-show-all"]');
      await page.waitForSelector('[data-testid="entry-grid"] [data-testid="data-grid-canvas"]', { state: 'attached' });
      await page.waitForSelector(table, { state: 'attached' });
      await page.waitForTimeout(1500);
      return Number(await page.getAttribute(table, 'aria-rowcount')) - 1;
    };
    // the rows Kaluga's editor sees with «Все показатели каталога» (the regional catalogue and Kaluga's own),
    // topped up with throwaway regional indicators when fewer than ROWS
    const seen = await openAll();
    topUp.before.indicators = seen;
    if (seen < ROWS) {
      topUp.added = ROWS - seen;
      await addBenchIndicators(ROWS - seen);
      await openAll();
    }
    await page.waitForFunction(
      ({ table, rows }) => Number(document.querySelector(table)?.getAttribute('aria-rowcount') ?? 0) - 1 >= rows,
      { table, rows: ROWS },
      { timeout: TIMEOUT },
    );
    const rows = Number(await page.getAttribute(table, 'aria-rowcount')) - 1;

    await page.evaluate(() => {
      window.__frames = [];
      window.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp;
          const key = e.key;
          requestAnimationFrame(() => setTimeout(() => window.__frames.push({ key, ms: performance.now() - t0 }), 0));
        },
        { capture: true },
      );
    });
    // the value column (the row-number column is the grid's column 0) of the first drawn row below which
    // CELLS rows are entered ones: a derived indicator's row is computed, read-only, marked in its name
    const valueCol = 4;
    const start = await page.evaluate(
      ({ cells }) => {
        const names = [...document.querySelectorAll('[data-testid="entry-grid"] td[data-testid^="glide-cell-2-"]')]
          .map((td) => ({ row: Number(td.dataset.testid.split('-').pop()), computed: /· рассчитано$/.test((td.textContent ?? '').trim()) }))
          .sort((a, b) => a.row - b.row);
        let run = 0;
        for (const n of names) {
          run = n.computed ? 0 : run + 1;
          if (run === cells) return n.row - cells + 1;
        }
        return 0;
      },
      { cells: CELLS },
    );
    // focusing a cell of Glide's accessible table selects the cell left of it (row numbers): move onto the value
    await page.focus(`[data-testid="entry-grid"] [data-testid="glide-cell-${valueCol}-${start}"]`);
    let selected = false;
    for (let i = 0; i < 40 && !selected; i++) {
      await page.waitForTimeout(300);
      const at = await page
        .locator('[data-testid="entry-grid"] td[aria-selected="true"]')
        .evaluateAll((es) => es.map((e) => e.dataset.testid));
      const [c, r] = (/^glide-cell-(\d+)-(\d+)$/.exec(at[0] ?? '') ?? []).slice(1).map(Number);
      selected = at.length === 1 && c === valueCol && r === start;
      if (!selected && Number.isInteger(c))
        await page.keyboard.press(c < valueCol ? 'ArrowRight' : c > valueCol ? 'ArrowLeft' : r < start ? 'ArrowDown' : 'ArrowUp');
    }
    if (!selected) throw new Error(`could not select the value cell of row ${start}`);
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.__frames.length);
    // typing as a quick person does: a key every 80 ms, a pause after Enter long enough for the dry run
    // of the changed cells (400 ms after the last change) to go out and come back while the next cell is typed
    for (let c = 0; c < CELLS; c++) {
      for (const ch of String(100 + c * 7)) {
        await page.keyboard.press(ch);
        await page.waitForTimeout(80);
      }
      await page.keyboard.press('Enter'); // commit: the page's state (drafts of 1,000 rows) changes, the grid redraws
      await page.waitForTimeout(c % 3 === 2 ? 700 : 250);
    }
    // moving around the grid with the arrow keys
    for (const [key, n] of [
      ['ArrowUp', 10],
      ['ArrowRight', 3],
      ['ArrowLeft', 3],
      ['ArrowDown', 12],
    ]) {
      for (let i = 0; i < n; i++) {
        await page.keyboard.press(key);
        await page.waitForTimeout(80);
      }
    }
    await page.waitForTimeout(500);
    const frames = (await page.evaluate(() => window.__frames)).slice(before);
    const typing = stats(frames.filter((f) => /^\d$/.test(f.key)).map((f) => f.ms));
    const commit = stats(frames.filter((f) => f.key === 'Enter').map((f) => f.ms));
    const arrows = stats(frames.filter((f) => f.key.startsWith('Arrow')).map((f) => f.ms));
    const every = stats(frames.map((f) => f.ms));
    const changed = await page.textContent('[data-testid="save-all"]');
    // a run whose keys changed nothing measured nothing
    if (!(changed ?? '').includes(String(CELLS))) throw new Error(`the typed cells were not taken: the save button reads «${changed}»`);

    const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(', ');
    const groups = {};
    for (const u of dashboard) {
      const p = u.replace(/\?.*$/, '').replace(/\/api\/v1/, '');
      groups[p] = (groups[p] ?? 0) + 1;
    }
    const md = `# Entry grid and dashboard benchmark

Written by \`frontend/bench/entry-grid.mjs\` on ${when} against ${BASE_URL}, ${build} (Chromium headless, load
average ${load} on ${cpus().length} cores).

## Entry grid: keystroke to next frame

Kaluga, ${year}, «Все показатели каталога»: **${rows} rows** (${topUp.before.indicators} rows of the catalogue Kaluga's editor
sees, indicators and their categories${topUp.added ? `, and ${topUp.added} throwaway indicators «bench-NNNN» added to reach ${ROWS}` : ''}).
${CELLS} cells typed in the value column, each a three-digit figure and Enter; the grid's save button then read «${changed?.trim()}».

| what | keystrokes | median | p95 | max |
|---|---|---|---|---|
| typing into a cell | ${typing.n} | ${ms(typing.median)} | ${ms(typing.p95)} | ${ms(typing.max)} |
| Enter (commit: the page's state changes, the grid redraws) | ${commit.n} | ${ms(commit.median)} | ${ms(commit.p95)} | ${ms(commit.max)} |
| arrow keys (the selection moves) | ${arrows.n} | ${ms(arrows.median)} | ${ms(arrows.p95)} | ${ms(arrows.max)} |
| every keystroke | ${every.n} | ${ms(every.median)} | ${ms(every.p95)} | ${ms(every.max)} |

Budget: under 50 ms from a keystroke to the next frame with 1,000 rows: **${every.p95 < 50 ? 'met' : 'not met'}** (p95 of
every keystroke${every.max < 50 ? '; the slowest one too' : `; the slowest took ${ms(every.max)}`}).

How it is measured: a \`keydown\` listener (capture phase, on \`window\`) takes the event's time stamp and queues a task from
\`requestAnimationFrame\`: the task runs once the frame after the keystroke was produced, so the figure covers the
handlers, React's render and the grid's canvas drawing. Keys are pressed through the DevTools protocol
(Playwright), ${CELLS} figures typed one key every 80 ms into consecutive value cells, Enter after each.

## First screen: the SPA's JavaScript

A fresh browser (empty cache) logs in as \`${USER}\` and waits for the dashboard: **${kb(js.bytes)} of JavaScript**
over the wire in ${js.files} files (content encoding: ${js.encodings}). Budget: under 600 KB compressed:
**${js.bytes < 600 * 1024 ? 'met' : 'not met'}**.

## Dashboard: API requests on first load

\`${USER}\` opens ${BASE_URL}/municipalities/kaluga afresh: **${dashboard.length} requests** to /api/v1.

| path | requests |
|---|---|
${Object.entries(groups)
  .sort((a, b) => b[1] - a[1])
  .map(([p, n]) => `| \`${p}\` | ${n} |`)
  .join('\n')}
`;
    writeFileSync(RESULTS, md);
    console.log(md);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
