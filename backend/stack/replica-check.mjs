// Two backend replicas against one database, as docker-compose.yml runs them: an import started through one is
// followed through the other; the replica running it is killed with SIGKILL mid-import and the survivor's heartbeat
// check marks the job failed, with nothing written; a catalogue write through one is seen at once by the other.
// Started by replica-check.sh, which starts the replicas. Env: REPLICA_A, REPLICA_B (base URLs), REPLICA_A_PID,
// ORIENTIR_KEYCLOAK_PORT, REPLICA_STALE_SECONDS, REPLICA_ROWS (indicators of the big file).
const A = process.env.REPLICA_A;
const B = process.env.REPLICA_B;
const A_PID = Number(process.env.REPLICA_A_PID);
const KC = `http://localhost:${process.env.ORIENTIR_KEYCLOAK_PORT ?? 8180}`;
const STALE = Number(process.env.REPLICA_STALE_SECONDS ?? 3);
const INDICATORS = Number(process.env.REPLICA_INDICATORS ?? 1500);
const RUN = Date.now().toString(36);
let passed = 0;
let failed = 0;

let cached = { token: null, at: 0 };

// the service account's token, fetched again after a minute (its lifetime is longer)
async function token() {
  if (cached.token && Date.now() - cached.at < 60_000) return cached.token;
  cached = { token: await fetchToken(), at: Date.now() };
  return cached.token;
}

async function fetchToken() {
  const res = await fetch(`${KC}/realms/orientir/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'ministry-integration',
      client_secret: 'ministry-integration-secret',
    }),
  });
  if (!res.ok) throw new Error(`no token: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

async function call(base, method, path, { body, type = 'application/json', headers = {} } = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${await token()}`, ...(body ? { 'Content-Type': type } : {}), ...headers },
    body,
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text, etag: res.headers.get('etag') };
}

async function ok(base, method, path, options) {
  const r = await call(base, method, path, options);
  if (r.status >= 300) throw new Error(`${method} ${path} on ${base}: HTTP ${r.status} ${r.text.slice(0, 500)}`);
  return r;
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the database holds, as counts any replica reads (the import must leave each of them as it was).
async function counts(base) {
  const out = {};
  for (const path of ['/values?size=1', '/targets?size=1', '/indicators?size=1', `/values?size=1&indicator=${RUN}-0`]) {
    out[path] = (await ok(base, 'GET', path)).json.total;
  }
  return out;
}

const codes = Array.from({ length: INDICATORS }, (_, i) => `${RUN}-${i}`);

await check('a catalogue write through one replica is read at once through the other', async () => {
  const indicators = codes.map((code) => ({ code, nameRu: `Проверка реплик ${code}`, unit: 'count' }));
  const job = (await ok(A, 'POST', '/imports?type=indicators&mode=atomic', { body: JSON.stringify(indicators) })).json;
  expect(job.status === 'succeeded', `indicators import ${job.status}: ${JSON.stringify(job).slice(0, 500)}`);
  // the other replica knows the new indicator at once: as a catalogue entry and as a key of a write
  const read = await ok(B, 'GET', `/indicators/${RUN}-0`);
  expect(read.json.nameRu === `Проверка реплик ${RUN}-0`, `B reads ${JSON.stringify(read.json)}`);
  const renamed = { nameRu: `Переименован через A ${RUN}`, unit: 'count' };
  await ok(A, 'PUT', `/indicators/${RUN}-0`, { body: JSON.stringify(renamed), headers: { 'If-Match': read.etag } });
  const again = await ok(B, 'GET', `/indicators/${RUN}-0`);
  expect(again.json.nameRu === `Переименован через A ${RUN}`, `B still reads «${again.json.nameRu}»`);
  expect(again.etag && again.etag !== read.etag, `B answers the old ETag ${again.etag}`);
  // an If-Match with the ETag read before the write is refused by the other replica too
  const stale = await call(B, 'PUT', `/indicators/${RUN}-0`, {
    body: JSON.stringify(renamed),
    headers: { 'If-Match': read.etag },
  });
  expect(stale.status === 412, `a stale If-Match through B answered ${stale.status}`);
});

await check('an import started through replica A is followed through replica B; A killed mid-import leaves it failed, nothing written', async () => {
  const before = await counts(B);
  const rows = ['municipality,indicator,year,value'];
  for (const code of codes) {
    for (const m of ['kaluga', 'kemerovo', 'derbent', 'tula']) {
      for (let year = 2030; year <= 2100; year++) rows.push(`${m},${code},${year},${year % 97}`);
    }
  }
  const file = rows.join('\n') + '\n';
  const started = await ok(A, 'POST', '/imports?type=values&mode=atomic', { body: file, type: 'text/csv' });
  expect(started.status === 202, `a ${file.length}-byte file answered ${started.status}, not 202 (background)`);
  const id = started.json.id;
  // followed through B until A is busy with it
  let job;
  const since = Date.now();
  for (;;) {
    job = (await ok(B, 'GET', `/imports/${id}`)).json;
    if (job.status === 'running' && job.rowsProcessed > 0) break;
    expect(['queued', 'running'].includes(job.status), `the job ended ${job.status} before A was killed: enlarge REPLICA_INDICATORS`);
    expect(Date.now() - since < 60_000, `the job is still ${job.status} after 60 s`);
    await sleep(50);
  }
  console.log(`     B follows job ${id}: ${job.status}, ${job.rowsProcessed} of ${rows.length - 1} rows read`);
  process.kill(A_PID, 'SIGKILL');
  const killed = Date.now();
  for (;;) {
    job = (await ok(B, 'GET', `/imports/${id}`)).json;
    if (job.status !== 'queued' && job.status !== 'running') break;
    expect(Date.now() - killed < (STALE + 30) * 1000, `the job is still ${job.status} ${STALE + 30} s after A died`);
    await sleep(250);
  }
  console.log(`     ${((Date.now() - killed) / 1000).toFixed(1)} s after A died: ${job.status}: ${job.message}`);
  expect(job.status === 'failed', `the job ended ${job.status}, not failed`);
  expect(job.rowsImported === 0, `rowsImported ${job.rowsImported}`);
  const after = await counts(B);
  expect(JSON.stringify(after) === JSON.stringify(before), `before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
