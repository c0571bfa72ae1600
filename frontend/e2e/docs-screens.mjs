// Screenshots of the main screens for the README, against the real stack (Keycloak, backend,
// a built SPA at BASE_URL), 1280x800: docs/dashboard.png, indicator.png, entry.png,
// upload-dry-run.png (as kaluga-editor) and compare.png (as ministry).
// Run: BASE_URL=http://localhost:5174 npm run docs:screens   (env like smoke.spec.mjs)
// Writes nothing to the server except a dry-run import (which stores no values).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const API_URL = (process.env.API_URL ?? 'http://localhost:8080/api/v1').replace(/\/+$/, '');
const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const OUT = process.env.OUT ?? 'docs';
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
const sel = (id) => `[data-testid="${id}"]`;
mkdirSync(OUT, { recursive: true });

async function token(username) {
  const res = await fetch(`${KEYCLOAK_URL}/realms/orientir/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'orientir-cli', username, password: username }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}
async function api(tok, path, query = {}) {
  const url = new URL(API_URL + path);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: { Authorization: `Bearer ${tok}` } });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}
async function allValues(tok, query) {
  const out = [];
  for (let page = 0; ; page++) {
    const b = await api(tok, '/values', { ...query, page, size: 1000 });
    out.push(...(b.items ?? []));
    if (!b.items?.length || out.length >= b.total) return out;
  }
}
const annual = (v) => !v.organization && !v.period && !v.category;

/** Kaluga: the year with most targets (the dashboard shows statuses), the indicator with most years. */
async function pickKaluga(tok) {
  const targets = (await api(tok, '/targets', { municipality: 'kaluga', kind: 'target', size: 1000 })).items ?? [];
  const byYear = new Map();
  for (const t of targets) byYear.set(t.year, (byYear.get(t.year) ?? 0) + 1);
  const year = [...byYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? new Date().getFullYear() - 1;
  const years = new Map();
  for (const v of (await allValues(tok, { municipality: 'kaluga' })).filter(annual))
    years.set(v.indicator, (years.get(v.indicator) ?? 0) + 1);
  const withTarget = new Set(targets.map((t) => t.indicator));
  const indicator = [...years].sort((a, b) => withTarget.has(b[0]) - withTarget.has(a[0]) || b[1] - a[1])[0]?.[0];
  return { year, indicator };
}
/** The indicator and year with most municipalities having an annual value. */
async function pickCompare(tok) {
  const groups = new Map();
  for (const v of (await allValues(tok, {})).filter(annual)) {
    const k = `${v.indicator}|${v.year}`;
    groups.set(k, (groups.get(k) ?? new Set()).add(v.municipality));
  }
  const [k] = [...groups].sort((a, b) => b[1].size - a[1].size || Number(b[0].split('|')[1]) - Number(a[0].split('|')[1]))[0];
  const [indicator, year] = k.split('|');
  return { indicator, year: Number(year) };
}

async function login(page, username) {
  await page.goto(BASE_URL + '/');
  await page.waitForSelector('#username');
  await page.fill('#username', username);
  await page.fill('#password', username);
  await Promise.all([page.waitForURL((u) => u.toString().startsWith(BASE_URL)), page.click('#kc-login')]);
  await page.waitForSelector(sel('user-name'));
}
const settle = (page) => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(1500));
const shot = async (page, name) => {
  await settle(page);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`saved ${OUT}/${name}.png`);
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
try {
  const k = await pickKaluga(await token('kaluga-editor'));
  console.log(`kaluga: year ${k.year}, indicator ${k.indicator}`);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  ctx.setDefaultTimeout(30_000);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log(`  [pageerror] ${e.message}`));
  await login(page, 'kaluga-editor');
  await page.goto(`${BASE_URL}/municipalities/kaluga?year=${k.year}`);
  await page.waitForSelector('[data-testid^="row-"]');
  await shot(page, 'dashboard');
  await page.goto(`${BASE_URL}/municipalities/kaluga/indicators/${encodeURIComponent(k.indicator)}`);
  await page.waitForSelector(`${sel('indicator-chart')} canvas`);
  await shot(page, 'indicator');
  await page.goto(`${BASE_URL}/municipalities/kaluga/entry/${k.year}`);
  await page.waitForSelector('[data-testid^="value-input-"]');
  await shot(page, 'entry');
  await page.goto(`${BASE_URL}/municipalities/kaluga/upload`);
  await page.waitForSelector(sel('dry-run'));
  const csv = `municipality;indicator;year;value\nkaluga;${k.indicator};${k.year};12,5\nkaluga;${k.indicator};${k.year};не число\nkaluga;no-such-indicator;${k.year};1\n`;
  await page.setInputFiles('input[type=file]', { name: 'kaluga-values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.click(sel('dry-run'));
  await page.waitForSelector(`${sel('import-errors')} tbody tr.ant-table-row`);
  await page.locator(sel('dry-run-report')).scrollIntoViewIfNeeded();
  await shot(page, 'upload-dry-run');
  await ctx.close();

  const c = await pickCompare(await token('ministry'));
  console.log(`compare: ${c.indicator}, ${c.year}`);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  ctx2.setDefaultTimeout(30_000);
  const page2 = await ctx2.newPage();
  await login(page2, 'ministry');
  await page2.goto(`${BASE_URL}/compare?indicator=${encodeURIComponent(c.indicator)}&year=${c.year}`);
  await page2.waitForSelector(`${sel('compare-chart')} canvas`);
  await shot(page2, 'compare');
  await ctx2.close();
} finally {
  await browser.close();
}
