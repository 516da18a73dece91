#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 *   typecheck → lint → format → unit tests → build (/) → build (/some-repo/, or TEST_SUBPATH)
 *   → broken-link proof
 *   → HTML validity and privacy → browser tests (both builds)
 * Prints each step's duration. Set SKIP_BUILD=1 to reuse existing builds while iterating.
 */
import {spawnSync} from 'node:child_process';

const rootEnv = {BASE_URL: '/', SITE_URL: process.env.SITE_URL ?? ''};
// The second build's base URL. The deploy workflow sets TEST_SUBPATH to the Pages base URL and then
// uploads build-subpath/ as tested, instead of building a third time.
const SUBPATH = process.env.TEST_SUBPATH ?? '/some-repo/';
const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format', 'npm', ['run', '-s', 'format:check']],
  ['unit tests', 'npm', ['run', '-s', 'test:unit']],
  ['supply chain (npm audit, shipped packages)', 'node', ['scripts/audit.mjs']],
  ['build (root)', 'npx', ['docusaurus', 'build'], rootEnv, true],
  [
    `build (sub-path ${SUBPATH})`,
    'npx',
    ['docusaurus', 'build', '--out-dir', 'build-subpath'],
    {BASE_URL: SUBPATH},
    true,
  ],
  ['broken links fail the build', 'node', ['scripts/check-broken-link.mjs']],
  ['HTML validity, CSP, no inline handlers or foreign assets', 'npm', ['run', '-s', 'check:html']],
  [
    'internal links and anchors resolve (crawl of both builds)',
    'sh',
    ['-c', `node scripts/check-links.mjs build / && node scripts/check-links.mjs build-subpath ${SUBPATH}`],
  ],
  ['byte budgets (first-load JS/CSS)', 'npm', ['run', '-s', 'test:budgets']],
  ['browser tests', 'npm', ['run', '-s', 'test:e2e']],
];

const timings = [];
for (const [name, cmd, args, env = {}, isBuild = false] of steps) {
  if (isBuild && process.env.SKIP_BUILD === '1') continue;
  console.log(`\n=== ${name} ===`);
  const start = Date.now();
  const result = spawnSync(cmd, args, {stdio: 'inherit', env: {...process.env, ...env}});
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s.`);
    console.error(timings.join('\n'));
    process.exit(1);
  }
}
console.log(`\nAll checks passed.\n${timings.join('\n')}`);
