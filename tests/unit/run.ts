/**
 * `npm run test:unit`: every `*.test.ts` in this folder, in one Node process. `node --test` would
 * start a process per file, and on this 2-core machine it runs them one at a time: 54 files spent
 * ~20 of 28 s starting Node and tsx. The files share no state (no chdir, no global mocks), so one
 * process runs the same tests. Run a single file with `node --import tsx --test tests/unit/x.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = __dirname;
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
if (files.length === 0) throw new Error(`No *.test.ts files in ${dir}.`);
// Synchronous require (the project's .ts files compile to CommonJS): every test is registered
// before node:test starts running them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const f of files) require(path.join(dir, f));
