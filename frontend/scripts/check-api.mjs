// Fails when src/api/schema.d.ts is not what `npm run gen:api` makes of ../openapi.yaml:
// regenerates into a temp file (offline: openapi-typescript reads the local file) and compares.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const spec = resolve(root, '../openapi.yaml');
const committed = resolve(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'orientir-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const bin = resolve(root, 'node_modules/.bin/openapi-typescript');
  execFileSync(bin, [spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const a = readFileSync(committed, 'utf8');
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    const al = a.split('\n');
    const bl = b.split('\n');
    const i = al.findIndex((l, n) => l !== bl[n]);
    console.error(`src/api/schema.d.ts is stale against openapi.yaml (first difference at line ${i + 1}):`);
    console.error(`  committed: ${al[i] ?? '<end of file>'}`);
    console.error(`  generated: ${bl[i] ?? '<end of file>'}`);
    console.error('Run `npm run gen:api`, fix type errors (`npm run build`) and commit schema.d.ts.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
