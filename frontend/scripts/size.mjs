// Prints the gzipped size of the entry chunk and of everything it imports statically
// (what the browser must load before the first screen), and fails over the budget.
// Run after `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 500);

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html missing: run `npm run build` first');
  process.exit(2);
}
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entry = /<script[^>]+type="module"[^>]+src="\/?([^"]+)"/.exec(html)?.[1];
if (!entry) {
  console.error('no entry <script type="module"> in dist/index.html');
  process.exit(2);
}
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1]);

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const seen = new Set();
const order = [];
function walk(rel) {
  const file = normalize(rel);
  if (seen.has(file)) return;
  seen.add(file);
  order.push(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) walk(join(dirname(file), m[1]));
}
walk(entry);

const rows = [...order, ...css].map((f) => {
  const buf = readFileSync(join(DIST, f));
  return { file: f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
});
// The landing route's lazy chunk (dashboard) and what it pulls in besides the entry: shown for information.
import { readdirSync } from 'node:fs';
const ROUTE = process.env.FIRST_ROUTE_CHUNK ?? 'dashboard';
const routeFile = readdirSync(join(DIST, 'assets')).find((f) => f.startsWith(ROUTE + '-') && f.endsWith('.js'));
const entryCount = order.length;
if (routeFile) walk(join('assets', routeFile));
const routeRows = order.slice(entryCount).map((f) => {
  const buf = readFileSync(join(DIST, f));
  return { file: f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
});

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('First screen: entry chunk and its static imports');
for (const r of rows) console.log(`${kb(r.gz)} gz ${kb(r.raw)} raw  ${r.file}`);
const total = rows.reduce((a, r) => a + r.gz, 0);
console.log(`${kb(total)} gz total (budget ${BUDGET_KB} KB)`);
if (routeRows.length) {
  const extra = routeRows.reduce((a, r) => a + r.gz, 0);
  console.log(`plus the lazy "${ROUTE}" route: ${routeRows.map((r) => r.file).join(', ')}`);
  console.log(
    `${kb(extra)} gz -> ${kb(total + extra).trim()} gz for the landing screen (echarts not included: ${routeRows.some((r) => r.file.includes('echarts')) ? 'NO' : 'yes'})`,
  );
}
if (total > BUDGET_KB * 1024) {
  console.error('over budget');
  process.exit(1);
}
