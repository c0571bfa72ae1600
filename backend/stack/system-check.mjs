// Checks the running system the way a newcomer would after start.sh: through the public API with
// real tokens. "first-start" records what it saw; "second-start" checks that a restart reused the
// data and loaded nothing twice. Env: ORIENTIR_HTTP_PORT, ORIENTIR_KEYCLOAK_PORT, ORIENTIR_STACK_HOME.
import { readFileSync, writeFileSync } from 'node:fs';

const API = `http://localhost:${process.env.ORIENTIR_HTTP_PORT ?? 8080}/api/v1`;
const KC = `http://localhost:${process.env.ORIENTIR_KEYCLOAK_PORT ?? 8180}`;
const STATE = `${process.env.ORIENTIR_STACK_HOME ?? '.'}/system-check.json`;
const phase = process.argv[2] ?? 'first-start';
let passed = 0;
let failed = 0;

async function token(user) {
  const res = await fetch(`${KC}/realms/orientir/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'orientir-cli', username: user, password: user }),
  });
  if (!res.ok) throw new Error(`no token for ${user}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

async function get(user, path) {
  const res = await fetch(API + path, { headers: { Authorization: `Bearer ${await token(user)}` } });
  if (!res.ok) throw new Error(`GET ${path} as ${user}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

const counts = {};

await check('ministry lists the four seed municipalities', async () => {
  const page = await get('ministry', '/municipalities?size=100');
  const codes = page.items.map((m) => m.code).sort();
  for (const code of ['derbent', 'kaluga', 'kemerovo', 'tula']) expect(codes.includes(code), `${code} missing in ${codes}`);
});

await check('kaluga-editor sees only Kaluga', async () => {
  const page = await get('kaluga-editor', '/municipalities?size=100');
  expect(page.items.length === 1 && page.items[0].code === 'kaluga', JSON.stringify(page.items.map((m) => m.code)));
});

await check("Derbent's KPI 1.2: baseline 20 (2021), targets 25/27/29/32/35 for 2022-2026", async () => {
  const page = await get('ministry', '/targets?municipality=derbent&indicator=derbent-1.2&size=100');
  const baseline = page.items.find((t) => t.kind === 'baseline');
  expect(baseline && baseline.year === 2021 && Number(baseline.value) === 20, `baseline ${JSON.stringify(baseline)}`);
  const targets = page.items.filter((t) => t.kind === 'target').sort((a, b) => a.year - b.year);
  const got = targets.map((t) => `${t.year}:${Number(t.value)}`).join(' ');
  expect(got === '2022:25 2023:27 2024:29 2025:32 2026:35', got);
});

await check("Kaluga's 39,981 pupils in 48 schools", async () => {
  const page = await get('kaluga-viewer', '/values?municipality=kaluga&year=2020&size=1000');
  const figures = page.items.map((v) => Number(v.value));
  expect(figures.includes(39981), '39981 not among the 2020 values');
  expect(figures.includes(48), '48 not among the 2020 values');
});

await check('attainment of Derbent answers with statuses', async () => {
  const page = await get('derbent-editor', '/attainment?municipality=derbent&year=2022&size=500');
  expect(page.items.length > 0, 'no rows');
  expect(page.items.every((r) => ['met', 'not_met', 'no_data', 'no_target'].includes(r.status)), 'bad status');
});

await check('counts of values, targets, indicators and audit events', async () => {
  counts.values = (await get('ministry', '/values?size=1')).total;
  counts.targets = (await get('ministry', '/targets?size=1')).total;
  counts.indicators = (await get('ministry', '/indicators?size=1')).total;
  counts.audit = (await get('admin', '/audit?size=1')).total;
  expect(counts.values > 1000 && counts.targets > 500 && counts.indicators > 500, JSON.stringify(counts));
});

if (phase === 'first-start') {
  writeFileSync(STATE, JSON.stringify(counts));
} else {
  await check('the second start reused the data and loaded nothing twice', async () => {
    const before = JSON.parse(readFileSync(STATE, 'utf8'));
    expect(JSON.stringify(before) === JSON.stringify(counts), `before ${JSON.stringify(before)}, now ${JSON.stringify(counts)}`);
  });
}

console.log(`system check (${phase}): ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
